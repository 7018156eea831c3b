{ pkgs, name }:
pkgs.dockerTools.buildImage {
  inherit name;
  tag = "1.0";
}
