{ pkgs }:
let
  base = pkgs.dockerTools.pullImage {
    imageName = "debian";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    sha256 = "0000000000000000000000000000000000000000000000000000";
  };
in
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
  config.Cmd = [ "${pkgs.curl}/bin/curl" ];
}
