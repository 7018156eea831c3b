{ pkgs }:
let
  args = {
    name = "hello";
    contents = [ pkgs.hello ];
    includeStorePaths = false;
  };
in
pkgs.dockerTools.buildLayeredImage args
