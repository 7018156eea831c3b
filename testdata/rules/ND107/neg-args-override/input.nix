{ pkgs, config }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { Cmd = "/bin/hello"; } // config;
}
