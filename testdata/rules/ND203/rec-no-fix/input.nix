{ pkgs }:
pkgs.dockerTools.streamLayeredImage rec {
  name = "app";
  tag = "1.0";
  mtime = "now";
  created = mtime;
}
