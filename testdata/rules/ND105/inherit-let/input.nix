{ pkgs }:
let
  name = "Hello";
in
pkgs.dockerTools.buildImage {
  inherit name;
  tag = "1.0";
}
