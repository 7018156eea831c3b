{ pkgs }:
pkgs.dockerTools.buildImage { name = "app"; tag = "1.0"; runAsRoot = null; }
