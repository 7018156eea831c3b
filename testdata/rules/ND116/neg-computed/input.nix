{ pkgs, n ? 50 }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  maxLayers = n * 3;
}
