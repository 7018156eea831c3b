{ self, pkgs, created ? "now" }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  inherit created;
}
