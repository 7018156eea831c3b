{ pkgs }:
let
  args = {
    name = "app";
    tag = "1.0";
    copyToRoot = pkgs.hello;
  };
in
{
  layered = pkgs.dockerTools.buildLayeredImage args;
  stream = pkgs.dockerTools.streamLayeredImage args;
}
