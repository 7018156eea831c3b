{ nixpkgs }:
with nixpkgs.legacyPackages.x86_64-linux;
dockerTools.buildLayeredImage {
  name = "hello";
  contents = [ hello ];
  config.Cmd = [ "hello" ];
}
