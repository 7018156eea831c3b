{ pkgs }:
let
  vm = { diskSize = 8192; };
in
{
  a = pkgs.dockerTools.buildImage ({ name = "a"; tag = "1.0"; } // vm);
  b = pkgs.dockerTools.buildImage ({ name = "b"; tag = "1.0"; } // vm);
}
