{ pkgs, lib }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1";
  config = {
    Entrypoint = [ (lib.getExe pkgs.hello) ];
    Shell = [ "/bin/sh" ];
  };
}
