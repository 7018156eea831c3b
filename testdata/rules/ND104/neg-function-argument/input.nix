{ pkgs, tag }:
pkgs.dockerTools.buildImage {
  name = "app";
  inherit tag;
}
