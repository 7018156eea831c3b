{ pkgs, pname ? "x" }:
pkgs.dockerTools.buildImage {
  name = "${pname} image";
  tag = "1.0";
}
