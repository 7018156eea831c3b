{ pkgs }:
let
  released = "20240102";
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = released;
}
