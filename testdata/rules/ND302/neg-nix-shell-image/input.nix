{ pkgs }:
pkgs.dockerTools.streamNixShellImage {
  drv = pkgs.hello;
  tag = "latest";
}
