{ pkgs }:
let
  pins = { version = "1.0-2"; };
  inherit (pins) version;
in
pkgs.dockerTools.buildImage {
  name = "app";
  tag = version;
}
