{ pkgs, lib, fresh ? false }:
pkgs.dockerTools.streamLayeredImage ({
  name = "app";
  tag = "1.0";
} // lib.optionalAttrs fresh { mtime = "now"; })
