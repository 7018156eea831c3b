{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    (pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; })
    pkgs.bash
  ];
}
