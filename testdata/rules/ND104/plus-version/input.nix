{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.2.3+build5"; # from the changelog
  contents = [ pkgs.hello ];
}
