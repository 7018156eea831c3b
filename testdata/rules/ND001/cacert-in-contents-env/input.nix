{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    (pkgs.buildEnv { name = "root"; paths = [ pkgs.curl ]; pathsToLink = [ "/bin" ]; })
  ];
}
