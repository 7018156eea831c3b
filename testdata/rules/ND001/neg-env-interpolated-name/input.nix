{ pkgs, name }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Env = [ "${name}=1" ];
}
