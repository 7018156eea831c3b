{ pkgs }:
let
  tag = "v1-2";
in
pkgs.dockerTools.buildImage {
  name = "app";
  inherit tag;
}
