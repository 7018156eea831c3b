{ pkgs }:
let
  pins = { alpine = "3.19"; };
in
pkgs.dockerTools.pullImage {
  imageName = "alpine";
  imageDigest = pins.alpine;
  sha256 = "0000000000000000000000000000000000000000000000000000";
  finalImageTag = "3.19";
}
