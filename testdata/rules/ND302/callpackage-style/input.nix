{ dockerTools, redis }:
dockerTools.streamLayeredImage {
  name = "redis";
  contents = [ redis ];
  fakeRootCommands = ''
    mkdir -p ./data
    chown 999:999 ./data
  '';
  config.User = "redis";
}
