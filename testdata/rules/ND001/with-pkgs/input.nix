{ pkgs }:
with pkgs;
dockerTools.buildLayeredImage {
  name = "app";
  contents = [ hello ];
}
