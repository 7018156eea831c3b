{ pkgs, lib, withNss ? false }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ] ++ lib.optional withNss pkgs.dockerTools.fakeNss;
  enableFakechroot = true;
  fakeRootCommands = ''
    ${pkgs.dockerTools.shadowSetup}
    useradd -r app
  '';
}
