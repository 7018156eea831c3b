{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  mtime = "now";
  created = "now";
  contents = [ pkgs.hello ];
}
