{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  copyToRoot = pkgs.buildEnv {
    name = "app-root";
    paths = [ pkgs.hello pkgs.coreutils ];
    pathsToLink = [ "/bin" ];
  };
  config.Cmd = [ "/bin/hello" ];
}
