{ pkgs, base ? null }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  fromImage = pkgs.dockerTools.buildImage { name = "base"; tag = "1.0"; };
  fromImageName = "base";
  fromImageTag = "1.0";
}
