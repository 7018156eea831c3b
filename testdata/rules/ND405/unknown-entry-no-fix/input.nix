{ pkgs, extraEnv }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ pkgs.hello ] ++ extraEnv;
}
