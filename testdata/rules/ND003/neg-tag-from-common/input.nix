{ self, pkgs }:
let
  common = { tag = "1.0"; };
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = common.tag;
}
