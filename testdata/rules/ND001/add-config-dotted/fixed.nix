{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pkgs.hello}/bin/hello" ];
  config.Env = [
    "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
