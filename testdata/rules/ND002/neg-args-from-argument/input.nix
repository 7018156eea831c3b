{ pkgs, args }:
pkgs.dockerTools.buildImage args
