{ pkgs }:
let
  config = { Cmd = "/bin/hello"; };
in
[
  (pkgs.dockerTools.buildImage { name = "a"; tag = "1"; inherit config; })
  (pkgs.dockerTools.buildImage { name = "b"; tag = "1"; inherit config; })
]
