# fromImage may be null (no base image): fromImageName is then unused.
{ pkgs, withBase ? false }:
let
  base = pkgs.dockerTools.pullImage {
    imageName = "alpine";
    imageDigest = "sha256:85299d86263a3059cf19f419f9d286cc9f06d3c13146a8ebbb21b3437f598357";
    sha256 = "19fw0n3wmddahzr20mhdqv6jkjn1kanh6n2mrr08ai53dr8ph5n7";
  };
in
pkgs.dockerTools.buildImage {
  name = "a";
  fromImage = if withBase then base else null;
  fromImageName = "alpine";
}
