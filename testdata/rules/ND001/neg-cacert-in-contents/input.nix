{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = with pkgs; [ hello cacert ];
}
