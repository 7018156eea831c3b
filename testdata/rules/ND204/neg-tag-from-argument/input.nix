{ pkgs, tag ? "latest" }:
pkgs.dockerTools.buildImage {
  name = "app";
  inherit tag;
}
