{ pkgs, lib, stamp ? null }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1.0";
} // lib.optionalAttrs (stamp != null) { created = stamp; })
