{ pkgs, lib }:
pkgs.dockerTools.buildImage ({
  name = "app";
} // lib.optionalAttrs true {
  tag = "x";
} // {
  config = { };
  created = "now";
})
