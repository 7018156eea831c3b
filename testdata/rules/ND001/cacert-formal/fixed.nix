{ dockerTools, cacert, hello }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = [ hello ];
  config.Cmd = [ "hello" ];
  config.Env = [
    "SSL_CERT_FILE=${cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
