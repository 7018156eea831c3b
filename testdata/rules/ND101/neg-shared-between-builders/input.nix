# One set of arguments serves a layered and a single-layer build; each
# call adds the arguments only it takes.
{ pkgs, layered ? true, runAsRoot ? null }:
let
  shared = {
    contents = [ pkgs.hello ];
    name = "app";
    tag = "1.0";
  };
in
if layered then
  pkgs.dockerTools.buildLayeredImage (shared // { maxLayers = 65; })
else
  pkgs.dockerTools.buildImage (shared // { inherit runAsRoot; })
