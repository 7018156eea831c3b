{ pkgs }:
let
  tools = { docker = pkgs.dockerTools; build = pkgs.dockerTools.buildLayeredImage; };
in
{
  a = tools.docker.buildImage { name = "a"; created = "now"; };
  b = tools.build { name = "b"; created = "now"; };
}
