{ pkgs }:
let
  certs = "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-nss-cacert-3.98/etc/ssl/certs/ca-bundle.crt";
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config = {
    Env = [ "SSL_CERT_FILE=${certs}" ];
  };
}
