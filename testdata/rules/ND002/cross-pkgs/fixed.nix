{ pkgs }:
let
  crossPkgs = pkgs;
in
crossPkgs.dockerTools.buildImage {
  name = "app";
  created = "now";
}
