{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  contents = [ pkgs.bash pkgs.dockerTools.binSh ];
}
