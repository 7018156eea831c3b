{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  contents = pkgs.buildEnv {
    name = "app-root";
    paths = [ pkgs.bash pkgs.dockerTools.binSh ];
    pathsToLink = [ "/bin" ];
  };
}
