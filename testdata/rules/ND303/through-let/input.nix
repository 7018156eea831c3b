{ pkgs }:
let
  verify = false; # the registry has no certificate yet
in
pkgs.dockerTools.pullImage {
  imageName = "registry.internal:5000/base";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  finalImageTag = "1.0";
  tlsVerify = verify;
}
