{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "ghcr.io/Acme/Web-Server";
  tag = "1.0";
}
