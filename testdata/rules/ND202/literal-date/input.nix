{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = "2024-01-02"; # release day
}
