{ pkgs }:
let
  common = {
    name = "app";
    tag = "1.0";
    contents = pkgs.hello;
  };
in
{
  a = pkgs.dockerTools.buildImage common;
  b = pkgs.dockerTools.buildImage (common // { tag = "2.0"; });
}
