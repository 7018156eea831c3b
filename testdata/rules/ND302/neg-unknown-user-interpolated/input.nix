{ pkgs }:
let
  uid = 1000;
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  config.User = "${toString uid}";
}
