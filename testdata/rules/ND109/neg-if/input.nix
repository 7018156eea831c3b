{ pkgs, lib, old ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Volumes = if old then [ "/data" ] else { "/data" = { }; };
}
