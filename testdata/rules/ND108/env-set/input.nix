{ pkgs, lib }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config = {
    Env = {
      LANG = "C.UTF-8"; # locale
      SSL_CERT_FILE = "${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt";
      TOOL = "${pkgs.hello}/bin/hello";
    };
  };
}
