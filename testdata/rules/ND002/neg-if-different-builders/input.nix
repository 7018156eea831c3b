{ pkgs, layered ? false }:
(if layered then pkgs.dockerTools.buildLayeredImage else pkgs.dockerTools.buildImage) {
  name = "app";
  tag = "1";
}
