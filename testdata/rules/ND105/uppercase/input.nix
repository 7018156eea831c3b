{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "MyApp"; # shown in docker images
  tag = "1.0";
}
