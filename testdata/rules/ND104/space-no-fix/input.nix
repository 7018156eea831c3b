{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "release 1";
}
