{ pkgs }:
let
  debian = pkgs.dockerTools.pullImage {
    imageName = "debian";
    imageDigest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    sha256 = "0000000000000000000000000000000000000000000000000000";
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "tool";
  tag = "0.9";
  fromImage = debian;
  contents = [ pkgs.hello ];
}
