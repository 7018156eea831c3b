{ nixpkgs, dockerTools }:
let
  pinned = nixpkgs.legacyPackages.x86_64-linux;
in
dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pinned.hello}/bin/hello" ];
  config.Env = [
    "SSL_CERT_FILE=${pinned.cacert}/etc/ssl/certs/ca-bundle.crt"
  ];
}
