{ self, pkgs }:
let
  common = { tag = null; };
in
pkgs.dockerTools.buildImage {
  name = "app";
  inherit (common) tag;
}
