{ pkgs }:
pkgs.dockerTools.buildImage rec {
  name = "app";
  tag = "1+2";
  config.Labels.tag = tag;
}
