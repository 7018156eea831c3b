{ pkgs }:
let
  common = {
    config = {
      Cmd = [ "${pkgs.curl}/bin/curl" ];
      Env = [
        "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
      ];
    };
  };
  inherit (common) config;
in
pkgs.dockerTools.buildImage {
  name = "app";
  inherit config;
}
