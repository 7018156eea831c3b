{ pkgs }:
pkgs.dockerTools.buildNixShellImage {
  drv = pkgs.hello;
  name = "Hello-Shell";
}
