{ pkgs, lib, old ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = if old then { A = "1"; } else [ "A=1" ];
}
