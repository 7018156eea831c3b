{ pkgs, dockerTools }:
let
  dt = dockerTools.override { };
in
dt.buildImage {
  name = "app";
  tag = "1";
  created = "now";
}
