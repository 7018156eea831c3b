{ pkgs }:
with pkgs;
dockerTools.buildLayeredImage {
  name = "app";
  contents = [ hello ];
  config = {
    Env = [
      "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    ];
  };
}
