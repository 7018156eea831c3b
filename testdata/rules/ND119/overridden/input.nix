{ pkgs }:
(pkgs.dockerTools.override { }).exportImage {
  fromImage = ./rootfs.tar;
}
