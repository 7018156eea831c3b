{ pkgs, config }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { Env = { A = "1"; }; } // config;
}
