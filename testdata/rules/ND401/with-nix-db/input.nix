{ pkgs }:
let
  setup = "mkdir -p /tmp";
in
pkgs.dockerTools.buildImageWithNixDb {
  name = "nix";
  runAsRoot = setup;
}
