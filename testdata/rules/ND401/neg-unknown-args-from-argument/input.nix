{ pkgs, args }:
pkgs.dockerTools.buildImage (args // { name = "app"; })
