{ pkgs }:
{
  base = pkgs.dockerTools.pullImage {
    imageName = "docker.io/library/alpine";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  };
  # Not dockerTools: a function of the project's own with the same name.
  other = let pullImage = args: args; in pullImage { tlsVerify = false; };
}
