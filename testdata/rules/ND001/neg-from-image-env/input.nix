{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = pkgs.hello;
  config.Cmd = [ "hello" ];
}
