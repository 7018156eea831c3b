# Either function may be called: exportImage takes no finalImageTag.
{ pkgs, fetch ? true }:
(if fetch then pkgs.dockerTools.pullImage else pkgs.dockerTools.exportImage) {
  imageName = "alpine:3.19";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  sha256 = "0000000000000000000000000000000000000000000000000000";
}
