{ dockerTools }:
dockerTools.pullImage {
  imageName = "nixos/nix"; # as on Docker Hub
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  finalImageName = "nix";
  finalImageTag = "2.18.1";
}
