{ pkgs, lib }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1.0";
} // lib.optionalAttrs true {
  mtime = "now";
})
