{ pkgs, lib, debug ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ pkgs.dockerTools.binSh ] ++ lib.optional debug pkgs.bash;
}
