{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  fakeRootCommands = ''
    mkdir -p ./tmp
    chmod 1777 ./tmp
  '';
}
