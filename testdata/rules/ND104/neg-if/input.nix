{ pkgs, release ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = if release then "1.0" else "dev+1";
}
