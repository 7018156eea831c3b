{ pkgs }:
let
  base = pkgs.dockerTools.pullImage {
    imageName = "alpine";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    finalImageTag = "3";
  };
in
pkgs.dockerTools.buildImage {
  name = "nix";
  fromImage = base;
  copyToRoot = [ pkgs.hello ];
  includeNixDB = true;
}
