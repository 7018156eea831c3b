{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    (pkgs.buildEnv { name = "root"; paths = [ pkgs.curl ]; pathsToLink = [ "/bin" ]; })
  ];
  config = {
    Env = [
      "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    ];
  };
}
