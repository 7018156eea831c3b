{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "foo";
  copyToRoot = [ pkgs.hello ];
}
