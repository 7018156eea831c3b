{ pkgs }:
let
  cmd = [ "/bin/hello" ];
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    inherit cmd;
  };
}
