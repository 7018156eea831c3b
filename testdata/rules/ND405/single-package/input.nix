{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "redis";
  copyToRoot = pkgs.redis;
}
