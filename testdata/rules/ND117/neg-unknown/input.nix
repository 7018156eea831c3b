{ pkgs, algo ? "gz" }:
pkgs.dockerTools.buildLayeredImage { name = "app"; tag = "1.0"; compressor = algo; }
