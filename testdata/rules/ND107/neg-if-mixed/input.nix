{ pkgs, debug ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Cmd = if debug then "/bin/sh" else [ "/bin/hello" ];
}
