{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  maxLayers = 50;
  fakeRootCommands = ''
    chown 1000 /data
  '';
  enableFakechroot = true;
}
