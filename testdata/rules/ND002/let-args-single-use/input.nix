{ pkgs }:
let
  args = {
    name = "app";
  };
in
pkgs.dockerTools.buildImage args
