{ pkgs, extra ? { } }:
pkgs.dockerTools.exportImage ({ fromImage = ./hello.tar; } // extra)
