{ pkgs }:
pkgs.dockerTools.buildImage { name = "app"; config.Env = [ "PORT=8080" "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ]; }
