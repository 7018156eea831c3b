{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  fakeRootCommands = ''
    mkdir -p ./data
  '';
}
