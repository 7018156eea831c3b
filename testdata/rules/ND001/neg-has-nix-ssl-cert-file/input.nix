{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = [ "NIX_SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
}
