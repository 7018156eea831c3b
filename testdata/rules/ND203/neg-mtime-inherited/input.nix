{ pkgs, mtime ? "now" }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  inherit mtime;
}
