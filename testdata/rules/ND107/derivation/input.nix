{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config.Cmd = pkgs.writeScript "start" ''
    #!/bin/sh
    exec hello
  '';
}
