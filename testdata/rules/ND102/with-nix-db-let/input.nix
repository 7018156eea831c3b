{ pkgs }:
let
  root = pkgs.hello;
in
pkgs.dockerTools.buildImageWithNixDb {
  name = "app";
  tag = "1.0";
  copyToRoot = root;
  contents = pkgs.coreutils;
}
