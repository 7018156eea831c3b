{ self', pkgs }:
pkgs.dockerTools.buildImage {
  name = "server";
  copyToRoot = pkgs.buildEnv {
    name = "server-root";
    paths = [ self'.packages.default ];
    pathsToLink = [ "/bin" ];
  };
}
