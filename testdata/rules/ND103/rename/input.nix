{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  # what goes into /
  contents = pkgs.buildEnv { # the root
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
}
