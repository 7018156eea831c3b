{ pkgs }:
pkgs.dockerTools.streamLayeredImage rec {
  name = "app";
  tag = "1.0";
  copyToRoot = pkgs.hello;
  config.Cmd = [ "${copyToRoot}/bin/hello" ];
}
