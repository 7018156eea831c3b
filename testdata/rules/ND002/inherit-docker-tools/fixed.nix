{ pkgs }:
let
  inherit (pkgs) dockerTools;
in
dockerTools.buildLayeredImageWithNixDb {
  name = "app";
  created = "now";
}
