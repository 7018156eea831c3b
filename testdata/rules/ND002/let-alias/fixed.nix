{ pkgs }:
let
  dt = pkgs.dockerTools;
in
dt.streamLayeredImage {
  name = "app";
  created = "now";
}
