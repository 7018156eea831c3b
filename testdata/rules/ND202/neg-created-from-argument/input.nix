{ pkgs, created ? "20240102" }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  inherit created;
}
