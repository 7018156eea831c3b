{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
}
