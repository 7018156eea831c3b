{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = "2024-01-02T00:00:00Z"; # release day
}
