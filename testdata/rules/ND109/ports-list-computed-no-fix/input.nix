{ pkgs, port ? 80 }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.ExposedPorts = [ "${toString port}/tcp" ];
}
