{ pkgs }:
pkgs.dockerTools.buildNixShellImage {
  drv = pkgs.hello;
  name = "hello-shell";
}
