{ pkgs, args }:
pkgs.dockerTools.buildImage ({
  name = "App";
  tag = "1.0";
} // args)
