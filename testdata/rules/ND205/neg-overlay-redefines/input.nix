# An overlay that gives pullImage a default tag of its own: calls in this
# file may reach it, so their arguments are not judged.
{ pkgs }:
let
  overlay = final: prev: {
    dockerTools = prev.dockerTools // {
      pullImage = args: prev.dockerTools.pullImage ({ finalImageTag = "pinned"; } // args);
    };
  };
in
{
  inherit overlay;
  base = pkgs.dockerTools.pullImage {
    imageName = "alpine:3.19";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    sha256 = "0000000000000000000000000000000000000000000000000000";
  };
}
