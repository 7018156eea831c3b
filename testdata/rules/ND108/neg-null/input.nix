{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = null;
}
