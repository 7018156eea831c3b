{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello pkgs.dockerTools.fakeNss ];
  config = {
    Cmd = [ "/bin/hello" ]; # the program
  };
}
