{ pkgs, name }:
pkgs.dockerTools.buildImage { name = "app"; ${name} = "x"; }
