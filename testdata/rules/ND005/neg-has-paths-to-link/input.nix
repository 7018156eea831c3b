{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "foo";
  copyToRoot = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; };
}
