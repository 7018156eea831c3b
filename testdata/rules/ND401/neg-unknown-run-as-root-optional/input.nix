{ pkgs, lib, withData ? false }:
pkgs.dockerTools.buildImage ({
  name = "app";
} // lib.optionalAttrs withData { runAsRoot = "mkdir -p /data"; })
