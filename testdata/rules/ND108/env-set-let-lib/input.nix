{ pkgs }:
let
  inherit (pkgs) lib;
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = { A = "1"; };
}
