{ nixpkgs }:
with nixpkgs.legacyPackages.x86_64-linux;
let
  bundle = "${cacert}/etc/ssl/certs/ca-bundle.crt";
in
dockerTools.buildLayeredImage {
  name = "fetch";
  tag = "1";
  contents = [ curl ];
  config.Cmd = [ "/bin/curl" "--cacert" bundle ];
  config.Env = [
    "SSL_CERT_FILE=${cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
