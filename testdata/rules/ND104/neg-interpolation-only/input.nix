{ pkgs, version ? "1+2" }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "${version}";
}
