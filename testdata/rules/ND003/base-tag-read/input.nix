{ pkgs }:
let
  tools = pkgs.dockerTools.buildImage {
    name = "tools";
    copyToRoot = pkgs.buildEnv { name = "tools-root"; paths = [ pkgs.coreutils ]; pathsToLink = [ "/bin" ]; };
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "service";
  tag = "1.0";
  fromImage = tools;
  # The base's tag is read here, so it matters.
  config.Labels."org.example.base-tag" = tools.imageTag or "none";
}
