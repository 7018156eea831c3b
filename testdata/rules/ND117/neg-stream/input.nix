{ pkgs }:
pkgs.dockerTools.streamLayeredImage { name = "app"; tag = "1.0"; compressor = "xz"; }
