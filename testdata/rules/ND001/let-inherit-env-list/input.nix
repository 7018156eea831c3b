{ pkgs }:
let
  common = {
    env = [ "LANG=C.UTF-8" ];
  };
  inherit (common) env;
in
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = env;
}
