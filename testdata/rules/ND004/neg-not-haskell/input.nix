{ pkgs, self' }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ pkgs.hello self'.packages.default ];
}
