{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello pkgs.dockerTools.fakeNss ];
  enableFakechroot = true;
  fakeRootCommands = ''
    ${pkgs.dockerTools.shadowSetup}
    groupadd -r app
    useradd -r -g app app
  '';
  config.User = "app";
}
