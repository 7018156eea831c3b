{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  contents = null;
  copyToRoot = pkgs.hello;
}
