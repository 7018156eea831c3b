{ dockerTools, buildEnv, myapp }:
dockerTools.buildImage {
  name = "app";
  copyToRoot = buildEnv {
    name = "root";
    paths = [ myapp dockerTools.caCertificates ];
    pathsToLink = [ "/bin" "/etc" ];
  };
  config.Cmd = [ "/bin/myapp" ];
}
