{ pkgs }:
pkgs.dockerTools.pullImage {
  imageName = "alpine";
  finalImageTag = "latest";
  sha256 = "19fw0n3wmddahzr20mhdqv6jkjn1kanh6n2mrr08ai53dr8ph5n7";
}
