{ pkgs }:
let
  oci = { pullImage = args: args; };
in
oci.pullImage {
  imageName = "alpine:3.19";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
}
