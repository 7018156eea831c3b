{ pkgs }:
pkgs.dockerTools.pullImage {
  imageName = "alpine";
  imageDigest = "3.19";
  sha256 = "19fw0n3wmddahzr20mhdqv6jkjn1kanh6n2mrr08ai53dr8ph5n7";
}
