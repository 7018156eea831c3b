{ pkgs }:
pkgs.dockerTools.pullImage {
  imageName = "alpine";
  imageDigest = "sha256:85299d86263a3059";
  hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
}
