{ pkgs, chroot ? true }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  enableFakechroot = chroot;
  fakeRootCommands = ''
    ${pkgs.dockerTools.shadowSetup}
  '';
}
