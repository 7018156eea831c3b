{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello pkgs.dockerTools.fakeNss ];
  fakeRootCommands = ''
    mkdir -p ./data
    chown 65534:65534 ./data
  '';
}
