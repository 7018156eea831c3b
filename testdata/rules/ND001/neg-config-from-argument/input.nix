{ pkgs, config }:
pkgs.dockerTools.buildImage {
  name = "app";
  inherit config;
}
