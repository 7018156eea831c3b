{ pkgs, args }:
pkgs.dockerTools.buildImage (with args; { inherit name; created = "now"; })
