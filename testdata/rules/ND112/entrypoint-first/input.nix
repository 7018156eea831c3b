{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
  config = {
    Entrypoint = [ "/opt/hello/run" ];
    Cmd = [ "/bin/hello" ];
  };
}
