{ dockerTools, buildEnv, hello, fakeNss }:
dockerTools.buildImage {
  name = "app";
  copyToRoot = buildEnv {
    name = "root";
    paths = [ hello fakeNss ];
    pathsToLink = [ "/bin" "/etc" ];
  };
}
