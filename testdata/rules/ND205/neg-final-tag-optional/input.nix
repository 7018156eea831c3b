{ pkgs, lib, version ? null }:
pkgs.dockerTools.pullImage ({
  imageName = "alpine";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  sha256 = "0000000000000000000000000000000000000000000000000000";
} // lib.optionalAttrs (version != null) { finalImageTag = version; })
