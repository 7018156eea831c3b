{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "foo";
}
