{ pkgs }:
let
  root = with pkgs; [ hello coreutils ];
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = root;
  config.User = "app:app";
}
