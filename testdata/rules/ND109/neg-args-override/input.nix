{ pkgs, args }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1";
  config.ExposedPorts = [ "80" ];
} // args)
