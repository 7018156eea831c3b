{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  copyToRoot = pkgs.buildEnv {
    name = "app-root";
    paths = [ pkgs.hello pkgs.cacert ];
    pathsToLink = [ "/bin" ];
  };
  # The certificates are reached in the store, so /etc need not be linked.
  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
}
