{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "\App";
  tag = "1.0";
}
