{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  config = {
    Env = [
      "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    ];
  };
}
