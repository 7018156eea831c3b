{ pkgs }:
pkgs.dockerTools.exportImage {
  name = "rootfs";
  fromImage = pkgs.dockerTools.buildImage { name = "base"; tag = "1.0"; };
  fromImageName = null;
  fromImageTag = "1.0";
}
