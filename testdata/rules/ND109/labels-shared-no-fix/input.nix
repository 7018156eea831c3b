{ pkgs }:
let
  labels = { build = 42; };
in
[
  (pkgs.dockerTools.buildImage { name = "a"; tag = "1"; config.Labels = labels; })
  (pkgs.dockerTools.buildImage { name = "b"; tag = "1"; config.Labels = labels; })
]
