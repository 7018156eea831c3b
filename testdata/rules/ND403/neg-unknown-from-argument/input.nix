{ pkgs, bindMountStore ? false }:
pkgs.dockerTools.streamLayeredImage {
  name = "hello";
  contents = [ pkgs.hello ];
  includeStorePaths = !bindMountStore;
}
