{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  contents = [ pkgs.hello ];
  copyToRoot = pkgs.bash;
}
