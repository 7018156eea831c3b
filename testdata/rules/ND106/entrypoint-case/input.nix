{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    EntryPoint = [ "${pkgs.hello}/bin/hello" ]; # starts the server
    Version = "1.0";
  };
}
