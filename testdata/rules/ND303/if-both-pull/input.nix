# Either branch is pullImage, so the call is one of pullImage.
{ pkgs, proxied ? false }:
let
  pull = if proxied then (pkgs.dockerTools.override { }).pullImage else pkgs.dockerTools.pullImage;
in
pull {
  imageName = "registry.internal:5000/base";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  finalImageTag = "1.0";
  tlsVerify = false;
}
