{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.ExposedPorts = map (p: "${toString p}/tcp") [ 80 443 ];
}
