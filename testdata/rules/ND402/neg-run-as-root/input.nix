{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  runAsRoot = "mkdir -p /data";
}
