{ pkgs }:
pkgs.dockerTools.exportImage {
  fromImage = ./images/base-image.tar.gz;
  diskSize = 2048;
}
