{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config = {
    Cmd = [ "${pkgs.hello}/bin/hello" ]; # run hello
  };
}
