{ pkgs, extraEnv }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = extraEnv;
  };
  config.Cmd = [ "/app/server" ];
}
