{ pkgs, extraSetup ? "" }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.dockerTools.fakeNss ];
  fakeRootCommands = extraSetup;
}
