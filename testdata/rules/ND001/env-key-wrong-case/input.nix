{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  config = {
    # ND106 renames env to Env first; adding an Env beside it would
    # define the attribute twice, so this finding waits for that fix.
    env = [ "PORT=8080" ];
    Cmd = [ "${pkgs.hello}/bin/hello" ];
  };
}
