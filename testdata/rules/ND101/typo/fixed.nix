{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  extraCommands = "mkdir -p tmp";
  config = { Cmd = [ "${pkgs.hello}/bin/hello" ]; };
}
