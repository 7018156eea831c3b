{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello pkgs.cacert ];
  config = {
    User = "app";
    Cmd = [ "/bin/hello" ];
  };
}
