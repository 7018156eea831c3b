{ pkgs, lib, debug ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = [ "A=1" ] ++ lib.optional debug "VERBOSE" ++ (if debug then [ "TRACE" ] else [ ]);
}
