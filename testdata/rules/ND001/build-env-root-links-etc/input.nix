{ dockerTools, buildEnv, myapp }:
dockerTools.buildImage {
  name = "app";
  copyToRoot = buildEnv {
    name = "root";
    paths = [ myapp ];
    pathsToLink = [ "/bin" ];
  };
  config.Cmd = [ "/bin/myapp" ];
}
