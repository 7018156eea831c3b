{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { User = "1"; } // lib.optionalAttrs false { ExposedPorts = [ "80" ]; };
}
