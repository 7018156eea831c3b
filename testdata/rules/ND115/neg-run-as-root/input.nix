{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  diskSize = 4096;
  runAsRoot = ''
    mkdir -p /data
  '';
}
