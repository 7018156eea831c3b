{ pkgs, base }:
pkgs.dockerTools.streamLayeredImage {
  name = "nix";
  fromImage = base;
  includeNixDB = false;
}
