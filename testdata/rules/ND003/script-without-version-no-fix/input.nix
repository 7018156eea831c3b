{ pkgs }:
let
  app = pkgs.writeShellScriptBin "app" "echo hi";
in
pkgs.dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${app}/bin/app" ];
}
