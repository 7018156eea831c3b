{ pkgs }:
pkgs.dockerTools.buildImage { name = "foo"; tag = "1.0"; }
