{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config = {
    Env = [
      "LANG=C.UTF-8" # keep this comment
      "PORT=8080"
      "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    ];
  };
}
