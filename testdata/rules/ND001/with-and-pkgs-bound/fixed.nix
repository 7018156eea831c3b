{ pkgs }:
with (pkgs // { extra = null; });
# cacert comes from the with, but pkgs is bound too: the fix names pkgs.cacert.
dockerTools.buildLayeredImage {
  name = "fetch";
  tag = "1";
  contents = [ curl ];
  config = {
    Env = [
      "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    ];
  };
}
