{ pkgs }:
let
  base = pkgs.dockerTools.buildImage {
    name = "base";
    copyToRoot = [ pkgs.bash ];
  };
in
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
  config.Cmd = [ "${pkgs.curl}/bin/curl" ];
  config.Env = [
    "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
