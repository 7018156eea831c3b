{ pkgs, extraEnv }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config.Env = [ "PORT=8080" ] ++ extraEnv;
}
