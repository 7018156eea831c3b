{ pkgs }:
let
  name = "hello";
in
pkgs.dockerTools.buildImage {
  inherit name;
  tag = "1.0";
}
