{ pkgs }:
pkgs.dockerTools.buildImage rec {
  name = "app";
  tag = name;
  created = "now";
}
