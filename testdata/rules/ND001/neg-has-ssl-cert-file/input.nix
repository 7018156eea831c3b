{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
}
