{ pkgs }:
pkgs.dockerTools.buildImage (import ./args.nix)
