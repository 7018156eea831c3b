{ pkgs }:
let
  layers = 200;
in
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  maxLayers = layers;
}
