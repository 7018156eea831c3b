{ pkgs }:
pkgs.dockerTools.exportImage {
  name = "rootfs";
  fromImage = pkgs.hello;
  diskSize = 4096;
}
