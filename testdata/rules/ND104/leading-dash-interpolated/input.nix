{ pkgs, version ? "1" }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "-${version}";
}
