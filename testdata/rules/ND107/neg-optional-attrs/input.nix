{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { User = "1000"; } // lib.optionalAttrs false { Cmd = "/bin/hello"; };
}
