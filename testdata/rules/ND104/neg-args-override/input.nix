{ pkgs, args }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1+2";
} // args)
