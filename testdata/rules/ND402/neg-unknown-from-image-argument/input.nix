{ pkgs, base ? null }:
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
}
