{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Cmd = [ ./input.nix ];
}
