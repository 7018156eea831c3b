{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello pkgs.dockerTools.fakeNss ];
  config.User = "nobody";
}
