{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  contents = with pkgs.dockerTools; [ fakeNss binSh ];
  tag = "1";
  config.Cmd = [ "/bin/sh" ];
  config.Env = [ "A=1" ];
  config.User = "65534:65534";
}
