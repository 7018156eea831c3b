{ pkgs, lib ? pkgs.lib }:
pkgs.dockerTools.buildImage ({
  name = "app";
} // lib.optionalAttrs false { tag = "1+2"; })
