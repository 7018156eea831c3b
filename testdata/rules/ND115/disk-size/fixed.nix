{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  # for the big database
  copyToRoot = pkgs.hello;
}
