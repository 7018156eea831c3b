{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello pkgs.coreutils ];
}
