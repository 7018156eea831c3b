{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    Cmd = [ "a" ];
    cmd = [ "b" ];
  };
}
