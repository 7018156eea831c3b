{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  contents = [ pkgs.bash ];
  fakeRootCommands = ''
    ${pkgs.dockerTools.shadowSetup}
    useradd -r app
  '';
  enableFakechroot = true;
}
