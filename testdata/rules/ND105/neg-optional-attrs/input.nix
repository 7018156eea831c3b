{ pkgs, lib ? pkgs.lib }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1.0";
} // lib.optionalAttrs false { name = "App"; })
