{ pkgs }:
let
  version = "0.9+git";
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = version;
  config.Labels."org.opencontainers.image.version" = version;
}
