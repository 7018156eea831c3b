{ self, pkgs }:
let
  common = { tag = builtins.substring 0 9 (self.rev or "dev"); };
in
pkgs.dockerTools.buildImage {
  name = "app";
  inherit (common) tag;
}
