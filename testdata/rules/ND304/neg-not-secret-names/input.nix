{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config.Env = [
    "TOKENIZER=whitespace"
    "KEYBOARD=us"
    "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
    "PASSWORDLESS=1"
  ];
}
