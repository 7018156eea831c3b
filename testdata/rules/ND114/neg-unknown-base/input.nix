{ pkgs, base ? null }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  fromImage = base;
  fromImageName = "base";
}
