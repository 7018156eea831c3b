{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  created = "2024-01-02";
  mtime = "2024-01-02 03:04:05";
}
