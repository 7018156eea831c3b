{ pkgs, rootfs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ rootfs ];
}
