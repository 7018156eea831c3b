{ pkgs, settings ? { name = "app"; extraArg = 1; } }:
pkgs.dockerTools.buildLayeredImage {
  inherit (settings) name extraArg;
  tag = "1.0";
  contents = [ pkgs.hello ];
}
