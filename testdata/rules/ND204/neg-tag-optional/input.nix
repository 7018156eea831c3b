{ pkgs, lib, release ? false }:
pkgs.dockerTools.buildImage ({
  name = "app";
} // lib.optionalAttrs (!release) { tag = "dev"; })
