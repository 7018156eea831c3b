{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "nix";
  contents = [ pkgs.nix ];
  includeNixDB = true;
}
