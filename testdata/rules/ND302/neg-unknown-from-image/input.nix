{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  fromImage = pkgs.dockerTools.pullImage {
    imageName = "debian";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    finalImageTag = "12";
  };
  contents = [ pkgs.hello ];
  config.User = "www-data";
}
