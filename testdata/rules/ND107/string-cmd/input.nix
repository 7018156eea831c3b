{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    Cmd = "${pkgs.hello}/bin/hello"; # the server
  };
}
