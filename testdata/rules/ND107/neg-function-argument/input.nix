{ pkgs, cmd ? [ "/bin/hello" ] }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Cmd = cmd;
}
