{ pkgs }:
let
  config = { Cmd = [ "/bin/hello" ]; };
in
{
  a = pkgs.dockerTools.buildLayeredImage { name = "a"; contents = [ pkgs.fakeNss ]; inherit config; };
  b = pkgs.dockerTools.buildLayeredImage { name = "b"; contents = [ pkgs.fakeNss ]; config = config; };
}
