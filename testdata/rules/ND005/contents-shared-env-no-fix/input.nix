{ pkgs }:
let
  root = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; };
in
{
  a = pkgs.dockerTools.buildLayeredImage { name = "a"; contents = [ root ]; };
  b = pkgs.dockerTools.streamLayeredImage { name = "b"; contents = [ root pkgs.bash ]; };
}
