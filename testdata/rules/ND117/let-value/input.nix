{ pkgs }:
let
  algo = "zst";
in
pkgs.dockerTools.buildImage { name = "app"; tag = "1.0"; compressor = algo; }
