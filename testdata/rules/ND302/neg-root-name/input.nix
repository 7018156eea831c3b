{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  config.User = "root:root";
}
