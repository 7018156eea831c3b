{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config.Cmd = [ "hello" ];
  config.WorkingDir = "/";
}
