{ pkgs }:
(pkgs.dockerTools.override { }).pullImage {
  imageName = "registry.internal:5000/base";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  finalImageTag = "1.0";
  tlsVerify = false;
}
