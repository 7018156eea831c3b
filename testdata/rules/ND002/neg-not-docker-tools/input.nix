{ pkgs }:
let
  buildImage = args: args;
in
buildImage { name = "not an image"; }
