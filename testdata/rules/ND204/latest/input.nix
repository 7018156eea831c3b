{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "latest";
  created = "now";
}
