{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  diskSize = 4096; # for the big database
  buildVMMemorySize = 2048;
  copyToRoot = pkgs.hello;
}
