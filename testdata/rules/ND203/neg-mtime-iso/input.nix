{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  mtime = "2024-01-02T03:04:05Z";
}
