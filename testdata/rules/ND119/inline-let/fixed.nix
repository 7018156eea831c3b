{ pkgs }:
let
  tarball = ./hello.tar;
in
pkgs.dockerTools.exportImage { fromImage = tarball; name = "hello"; }
