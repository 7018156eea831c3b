{ pkgs }:
let
  common = {
    env = [ "LANG=C.UTF-8" "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
  };
  inherit (common) env;
in
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = env;
}
