{ self, pkgs, lib ? pkgs.lib, dev ? false }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1.0";
} // lib.optionalAttrs dev { created = "now"; })
