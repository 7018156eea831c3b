{ pkgs, rootfs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello rootfs ];
  config.User = "app";
}
