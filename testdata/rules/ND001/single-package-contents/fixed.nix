{ pkgs }:
let
  app = pkgs.writeShellScriptBin "app" "curl https://example.org";
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = app;
  config = {
    Env = [
      "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    ];
  };
}
