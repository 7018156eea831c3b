{ pkgs }:
with pkgs.dockerTools;
streamLayeredImage {
  name = "app";
  tag = "1.0";
  enableFakechroot = true;
  fakeRootCommands = shadowSetup + ''
    groupadd -r app
  '';
}
