{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    ExposedPorts = null;
    Volumes = null;
    Labels.maintainer = null;
  };
}
