{ pkgs }:
pkgs.dockerTools.buildImage { name = "app"; created = "now"; }
