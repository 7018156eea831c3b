{ pkgs }:
let
  tools = pkgs.dockerTools.buildImage {
    name = "tools";
    copyToRoot = pkgs.buildEnv { name = "tools-root"; paths = [ pkgs.coreutils ]; pathsToLink = [ "/bin" ]; };
    tag = pkgs.coreutils.version;
  };
in
{
  # The base is an output too, so it may be loaded under its own tag.
  inherit tools;
  service = pkgs.dockerTools.buildLayeredImage {
    name = "service";
    tag = "1.0";
    fromImage = tools;
    contents = [ pkgs.hello ];
  };
}
