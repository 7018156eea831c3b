{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ (pkgs.symlinkJoin { name = "root"; paths = [ pkgs.hello ]; }) ];
}
