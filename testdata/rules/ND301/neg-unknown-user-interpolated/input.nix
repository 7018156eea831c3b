{ pkgs, uid ? 0 }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  config.User = "${toString uid}";
}
