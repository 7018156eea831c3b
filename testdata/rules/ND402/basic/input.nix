{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  copyToRoot = pkgs.buildEnv {
    name = "app-root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
  fromImage = null;
  config.Cmd = [ "/bin/hello" ];
}
