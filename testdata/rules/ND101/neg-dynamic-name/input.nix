{ pkgs, key ? "extra" }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  ${key} = 1;
}
