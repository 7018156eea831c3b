{ pkgs, args }:
pkgs.dockerTools.buildImage ({ name = "app"; } // args)
