{ pkgs, extra ? { } }:
pkgs.dockerTools.buildImage ({
  name = "app";
  tag = "1.0";
  fromImage = pkgs.hello;
  fromImageName = "base";
} // extra)
