{ pkgs }:
let
  stamp = "now";
in
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  mtime = stamp;
}
