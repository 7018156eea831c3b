{ pkgs, lib }:
(if pkgs.stdenv.isLinux or true then pkgs.dockerTools.buildLayeredImage else throw "images need Linux") {
  name = "app";
  tag = "1";
}
