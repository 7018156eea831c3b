{ pkgs }:
let
  created = "now";
in
pkgs.dockerTools.buildImage { name = "app"; inherit created; }
