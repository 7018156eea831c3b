{ pkgs }:
let
  channel = "stable";
in
{
  a = pkgs.dockerTools.buildLayeredImage { name = "a"; tag = channel; };
  b = pkgs.dockerTools.buildLayeredImage { name = "b"; tag = "1.0"; };
}
