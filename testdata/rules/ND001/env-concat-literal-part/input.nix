{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = [ "PORT=8080" ] ++ lib.optional false "DEBUG=1";
}
