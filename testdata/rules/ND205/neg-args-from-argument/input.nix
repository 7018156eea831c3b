{ pkgs, args }:
pkgs.dockerTools.pullImage (args // {
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
})
