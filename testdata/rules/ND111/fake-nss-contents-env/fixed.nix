{ pkgs }:
let
  root = pkgs.buildEnv {
    name = "root";
    paths = with pkgs; [
      redis
      dockerTools.fakeNss
      dockerTools.caCertificates
    ];
    pathsToLink = [
      "/bin" # programs
      "/etc"
    ];
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "redis";
  contents = [ root ];
  config.Cmd = [ "redis-server" ];
}
