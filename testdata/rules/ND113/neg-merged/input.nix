{ pkgs, args ? { } }:
pkgs.dockerTools.buildLayeredImage (args // {
  name = "app";
  tag = "1.0";
  fakeRootCommands = ''
    ${pkgs.dockerTools.shadowSetup}
  '';
})
