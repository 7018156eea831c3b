{ pkgs, base, withNix ? false }:
pkgs.dockerTools.streamLayeredImage {
  name = "nix";
  fromImage = base;
  includeNixDB = withNix;
}
