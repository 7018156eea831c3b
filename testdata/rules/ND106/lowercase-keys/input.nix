{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1";
  config = {
    env = [ "A=1" ];
    cmd = [ "hello" ];
    workingDir = "/data";
    exposedPorts."80/tcp" = { };
  };
}
