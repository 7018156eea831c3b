{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1";
  config = {
    Env = [ "A=1" ];
    Cmd = [ "hello" ];
    WorkingDir = "/data";
    ExposedPorts."80/tcp" = { };
  };
}
