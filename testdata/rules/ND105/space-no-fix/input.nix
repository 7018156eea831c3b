{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "My App";
  tag = "1.0";
}
