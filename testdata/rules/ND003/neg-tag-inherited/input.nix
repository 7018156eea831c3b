{ pkgs, tag }:
pkgs.dockerTools.buildImage { name = "foo"; inherit tag; }
