# An overlay that routes pullImage through a proxy of its own: calls in
# this file may reach it, so their arguments are not judged.
{ pkgs }:
let
  overlay = final: prev: {
    dockerTools = prev.dockerTools // {
      pullImage = { tlsVerify ? true, ... }@args:
        prev.dockerTools.pullImage (removeAttrs args [ "tlsVerify" ] // { imageName = "proxy.internal/" + args.imageName; });
    };
  };
in
{
  inherit overlay;
  base = pkgs.dockerTools.pullImage {
    imageName = "registry.internal:5000/base";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    finalImageTag = "1.0";
    tlsVerify = false;
  };
}
