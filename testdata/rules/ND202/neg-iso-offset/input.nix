{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = "2024-01-02T03:04:05.5+02:00";
}
