{ pkgs }:
let
  base = { name = "app"; tag = "1.0"; };
in
pkgs.dockerTools.streamLayeredImage (base // {
  mtime = "now";
})
