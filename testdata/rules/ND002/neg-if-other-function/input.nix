{ pkgs, wrap ? pkgs.dockerTools.buildImage, plain ? false }:
(if plain then pkgs.dockerTools.buildImage else wrap) {
  name = "app";
  tag = "1";
}
