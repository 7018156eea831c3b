{ self, pkgs }:
let
  stamp = "now";
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = stamp;
}
