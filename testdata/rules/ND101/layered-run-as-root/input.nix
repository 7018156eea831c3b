{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  runAsRoot = ''
    mkdir -p /data
  '';
  diskSize = 2048;
}
