{ nixpkgs }:
with nixpkgs.legacyPackages.x86_64-linux;
dockerTools.buildLayeredImage {
  name = "hello";
  contents = [ hello ];
  config.Cmd = [ "hello" ];
  config.Env = [
    "SSL_CERT_FILE=${nixpkgs.legacyPackages.x86_64-linux.cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
