{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  extraCommand = "mkdir -p tmp";
  Config = { Cmd = [ "${pkgs.hello}/bin/hello" ]; };
}
