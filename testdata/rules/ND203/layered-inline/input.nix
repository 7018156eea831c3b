{ pkgs }:
pkgs.dockerTools.buildLayeredImage { name = "app"; tag = "1.0"; mtime = "now"; contents = [ pkgs.hello ]; }
