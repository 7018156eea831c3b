{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = rec {
    cmd = [ "hello" ];
    Entrypoint = cmd;
  };
}
