{ pkgs }:
let
  inherit (pkgs.dockerTools) buildImage;
in
buildImage { name = "app"; created = "now"; }
