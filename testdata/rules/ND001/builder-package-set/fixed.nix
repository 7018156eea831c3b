{ nixpkgs, system }:
nixpkgs.legacyPackages.${system}.dockerTools.buildLayeredImage {
  name = "app";
  config.Cmd = [ "app" ];
  config.Env = [
    "SSL_CERT_FILE=${nixpkgs.legacyPackages.${system}.cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
