{ pkgs }:
let
  common = {
    config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
  };
in
pkgs.dockerTools.buildImage {
  name = "app";
  inherit (common) config;
}
