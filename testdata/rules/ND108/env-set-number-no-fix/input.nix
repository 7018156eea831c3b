{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = { PORT = 8080; };
}
