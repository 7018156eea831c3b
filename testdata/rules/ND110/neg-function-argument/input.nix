{ pkgs, config }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  inherit config;
}
