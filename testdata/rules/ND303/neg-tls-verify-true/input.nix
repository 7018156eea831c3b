{ pkgs }:
pkgs.dockerTools.pullImage {
  imageName = "docker.io/library/alpine";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  tlsVerify = true;
}
