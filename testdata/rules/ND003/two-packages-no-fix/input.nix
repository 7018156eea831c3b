{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.myapp pkgs.webserver ];
}
