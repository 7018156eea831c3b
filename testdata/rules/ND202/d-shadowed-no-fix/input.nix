{ pkgs, d ? { lastModifiedDate = "20240102030405"; } }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = builtins.substring 0 8 d.lastModifiedDate;
}
