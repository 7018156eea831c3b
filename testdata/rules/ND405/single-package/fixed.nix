{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "redis";
  copyToRoot = pkgs.buildEnv {
    name = "redis-root";
    paths = [ pkgs.redis ];
    pathsToLink = [ "/bin" ];
  };
}
