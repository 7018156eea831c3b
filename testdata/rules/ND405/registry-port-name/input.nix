{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "registry.local:5000/reader";
  tag = "3.1";
  copyToRoot = [ pkgs.hello ];
}
