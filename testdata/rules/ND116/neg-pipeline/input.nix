{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  maxLayers = 1;
  layeringPipeline = [ [ "popularity_contest" ] [ "limit_layers" 10 ] ];
}
