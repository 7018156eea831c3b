{ pkgs }:
let
  contents = [ pkgs.hello ];
in
pkgs.dockerTools.buildImage rec {
  name = "app";
  tag = "1.0";
  inherit contents;
  config.Cmd = [ "${pkgs.bash}/bin/bash" ];
}
