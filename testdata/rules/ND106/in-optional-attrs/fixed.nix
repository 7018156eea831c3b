{ pkgs, lib ? pkgs.lib, debug ? true }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { Cmd = [ "hello" ]; } // lib.optionalAttrs debug { Env = [ "DEBUG=1" ]; };
}
