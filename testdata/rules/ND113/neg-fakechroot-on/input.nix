{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  enableFakechroot = true;
  fakeRootCommands = ''
    ${pkgs.dockerTools.shadowSetup}
  '';
}
