{ pkgs }:
let
  args = {
    name = "app";
    config.Cmd = [ "hello" ];
  };
in
{
  image = pkgs.dockerTools.buildImage args;
  stream = pkgs.dockerTools.streamLayeredImage args;
}
