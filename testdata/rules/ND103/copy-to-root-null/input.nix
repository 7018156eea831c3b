{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  copyToRoot = null;
  contents = pkgs.hello;
}
