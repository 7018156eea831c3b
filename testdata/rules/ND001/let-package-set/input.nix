{ nixpkgs, dockerTools }:
let
  pinned = nixpkgs.legacyPackages.x86_64-linux;
in
dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pinned.hello}/bin/hello" ];
}
