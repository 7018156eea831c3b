{ pkgs, lib }:
pkgs.dockerTools.buildImage ({
  name = "app";
} // lib.optionalAttrs true { config.Env = [ "SSL_CERT_FILE=/etc/ssl/certs/ca-bundle.crt" ]; })
