{ dockerTools, buildEnv, redis }:
dockerTools.buildImage {
  name = "redis";
  tag = "7";
  copyToRoot = buildEnv {
    name = "image-root";
    paths = [ redis ];
    pathsToLink = [ "/bin" ];
  };
  runAsRoot = ''
    mkdir -p /data
  '';
  config.Cmd = [ "/bin/redis-server" ];
}
