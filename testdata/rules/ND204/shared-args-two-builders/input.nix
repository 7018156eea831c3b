# Two builders share one set of arguments: one finding, not one per builder.
{ pkgs, layered ? true }:
let
  sharedAttrs = {
    name = "container-image";
    tag = "latest";
  };
in
if layered then
  pkgs.dockerTools.buildLayeredImage (sharedAttrs // { maxLayers = 65; })
else
  pkgs.dockerTools.buildImage (sharedAttrs // { runAsRoot = null; })
