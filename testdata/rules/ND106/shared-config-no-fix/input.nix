{ pkgs }:
let
  cfg = { EntryPoint = [ "a" ]; };
in
[
  (pkgs.dockerTools.buildImage { name = "a"; tag = "1"; config = cfg; })
  (pkgs.dockerTools.buildLayeredImage { name = "b"; tag = "1"; config = cfg; })
]
