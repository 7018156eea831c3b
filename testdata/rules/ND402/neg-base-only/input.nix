{ pkgs }:
let
  # One layer of slow-moving tools, shared by every image built on it.
  toolsLayer = pkgs.dockerTools.buildImage {
    name = "tools";
    copyToRoot = pkgs.buildEnv { name = "tools-root"; paths = [ pkgs.coreutils ]; pathsToLink = [ "/bin" ]; };
  };
in
{
  api = pkgs.dockerTools.buildImage {
    name = "api";
    tag = "1.0";
    fromImage = toolsLayer;
  };
  worker = pkgs.dockerTools.buildImage {
    name = "worker";
    tag = "1.0";
    fromImage = toolsLayer;
  };
}
