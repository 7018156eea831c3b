{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  compressor = "zstd";
  contents = [ pkgs.hello ];
}
