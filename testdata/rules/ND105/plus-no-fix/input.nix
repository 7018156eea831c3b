{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app+extra";
  tag = "1.0";
}
