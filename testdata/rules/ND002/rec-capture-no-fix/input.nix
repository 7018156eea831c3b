{ pkgs }:
let
  created = "2024-01-01";
in
pkgs.dockerTools.buildImage rec {
  name = "app";
  config.Labels.date = created;
}
