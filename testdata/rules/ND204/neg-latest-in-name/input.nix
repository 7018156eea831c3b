{ pkgs }:
pkgs.dockerTools.pullImage {
  imageName = "nginx";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  sha256 = "0000000000000000000000000000000000000000000000000000";
  finalImageName = "nginx";
  finalImageTag = "latest";
}
