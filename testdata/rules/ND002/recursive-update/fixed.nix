{ pkgs, lib }:
let
  base = {
    name = "app";
    config.Env = [ "A=1" ];
  };
in
pkgs.dockerTools.buildImage (lib.recursiveUpdate base {
  config.Cmd = [ "app" ];
  created = "now";
})
