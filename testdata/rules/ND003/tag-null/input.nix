{ self, pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "foo";
  tag = null;
}
