{ pkgs }:
pkgs.dockerTools.buildImage rec {
  name = "app";
  tag = "1.0";
  contents = pkgs.hello;
  config.Cmd = [ "${contents}/bin/hello" ];
}
