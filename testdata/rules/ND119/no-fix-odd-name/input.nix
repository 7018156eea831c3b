{ pkgs }:
pkgs.dockerTools.exportImage { fromImage = ./.tar; }
