{ pkgs }:
let
  start = pkgs.writeShellScriptBin "start" "exec hello";
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Cmd = [ start ];
  config.Env = [ "START=${start}" ];
}
