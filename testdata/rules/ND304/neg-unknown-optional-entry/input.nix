{ pkgs, lib, devMode ? false }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config.Env = [ "PORT=8080" ] ++ lib.optional devMode "ADMIN_PASSWORD=admin";
}
