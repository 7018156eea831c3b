{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "myapp"; # shown in docker images
  tag = "1.0";
}
