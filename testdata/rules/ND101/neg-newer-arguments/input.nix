{ pkgs }:
{
  a = pkgs.dockerTools.buildLayeredImage {
    name = "app";
    tag = "1.0";
    compressor = "zstd";
    layeringPipeline = null;
    meta.description = "app";
    uname = "app";
    includeNixDB = true;
  };
  b = pkgs.dockerTools.buildImage {
    name = "app";
    tag = "1.0";
    compressor = "none";
    architecture = "arm64";
    contents = pkgs.hello;
  };
  c = pkgs.dockerTools.pullImage {
    imageName = "alpine";
    imageDigest = "sha256:85299d86263a3059cf19f419f9d286cc9f06d3c13146a8ebbb21b3437f598357";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    finalImageTag = "3.19";
  };
  d = pkgs.dockerTools.streamNixShellImage {
    drv = pkgs.hello;
    homeDirectory = "/home";
    run = "make";
  };
}
