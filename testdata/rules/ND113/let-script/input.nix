{ pkgs }:
let
  inherit (pkgs.dockerTools) shadowSetup;
  setup = ''
    ${shadowSetup}
    useradd app
  '';
in
pkgs.dockerTools.buildLayeredImage { name = "app"; tag = "1.0"; fakeRootCommands = setup; }
