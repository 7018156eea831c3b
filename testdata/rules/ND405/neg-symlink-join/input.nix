{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.symlinkJoin { name = "root"; paths = [ pkgs.hello ]; };
}
