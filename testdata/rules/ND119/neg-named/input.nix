{ pkgs }:
pkgs.dockerTools.exportImage {
  name = "hello";
  fromImage = ./hello.tar;
}
