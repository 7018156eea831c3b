{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "hello";
  contents = [ pkgs.hello ];
}
