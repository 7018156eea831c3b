{ self, pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
}
