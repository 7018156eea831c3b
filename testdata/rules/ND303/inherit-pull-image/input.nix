{ pkgs }:
let
  inherit (pkgs.dockerTools) pullImage;
in
pullImage {
  imageName = "registry.internal:5000/base";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  sha256 = "0000000000000000000000000000000000000000000000000000";
  tlsVerify = (false);
}
