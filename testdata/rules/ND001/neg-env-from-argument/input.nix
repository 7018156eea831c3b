{ pkgs, extraEnv }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = [ "PORT=8080" ] ++ extraEnv;
}
