{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  runAsRoot = null;
}
