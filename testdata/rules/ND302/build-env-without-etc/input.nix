{ pkgs }:
# fakeNss is in the buildEnv, but only /bin is linked into the root.
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello pkgs.dockerTools.fakeNss ];
    pathsToLink = [ "/bin" ];
  };
  config.User = "nobody";
}
