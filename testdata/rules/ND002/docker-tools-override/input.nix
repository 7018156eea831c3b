{ pkgs }:
(pkgs.dockerTools.override { }).streamLayeredImage {
  name = "app";
  tag = "1";
}
