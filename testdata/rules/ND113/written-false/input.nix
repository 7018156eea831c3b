{ pkgs }:
with pkgs.dockerTools;
streamLayeredImage {
  name = "app";
  tag = "1.0";
  enableFakechroot = false;
  fakeRootCommands = shadowSetup + ''
    groupadd -r app
  '';
}
