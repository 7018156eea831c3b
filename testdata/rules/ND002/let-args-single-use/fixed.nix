{ pkgs }:
let
  args = {
    name = "app";
    created = "now";
  };
in
pkgs.dockerTools.buildImage args
