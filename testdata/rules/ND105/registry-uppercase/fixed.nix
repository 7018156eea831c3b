{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "ghcr.io/acme/web-server";
  tag = "1.0";
}
