{ pkgs }:
let
  root = [ pkgs.hello ];
in
{
  a = pkgs.dockerTools.buildImage { name = "a"; copyToRoot = root; };
  b = pkgs.dockerTools.buildImage { name = "b"; copyToRoot = root; };
}
