{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ pkgs.dockerTools.fakeNss ];
  config = null;
}
