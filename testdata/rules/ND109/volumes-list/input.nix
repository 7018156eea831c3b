{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Volumes = [ "/data" "/var/log" ];
}
