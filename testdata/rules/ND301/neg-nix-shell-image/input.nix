{ pkgs }:
pkgs.dockerTools.buildNixShellImage {
  drv = pkgs.hello;
}
