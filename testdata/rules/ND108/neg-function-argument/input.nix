{ pkgs, extraEnv }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = extraEnv;
}
