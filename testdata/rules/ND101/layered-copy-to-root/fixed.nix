{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  # the image root
  contents = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
  config.Cmd = [ "/bin/hello" ];
}
