{ pkgs }:
let
  pins = { digest = "3.19"; };
  inherit (pins) digest;
in
pkgs.dockerTools.pullImage {
  imageName = "alpine";
  imageDigest = digest;
  sha256 = "0000000000000000000000000000000000000000000000000000";
  finalImageTag = "3.19";
}
