{ pkgs }:
let
  inherit (pkgs) lib;
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = lib.mapAttrsToList (n: v: "${n}=${v}") { A = "1"; };
}
