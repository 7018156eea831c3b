{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "";
}
