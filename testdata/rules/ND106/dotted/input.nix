{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config.cmd = [ "hello" ];
  config."WorkingDIR" = "/";
}
