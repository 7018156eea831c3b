{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  contents = [ pkgs.hello ];
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.bash ];
    pathsToLink = [ "/bin" ];
  };
}
