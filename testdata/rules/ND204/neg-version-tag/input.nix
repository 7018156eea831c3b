{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "latest-1.2";
}
