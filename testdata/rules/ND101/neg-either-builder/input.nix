{ pkgs, stream ? false }:
(if stream then pkgs.dockerTools.streamLayeredImage else pkgs.dockerTools.buildLayeredImage) {
  name = "app";
  tag = "1.0";
  compressor = "zstd";
}
