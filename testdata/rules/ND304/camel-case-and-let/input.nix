{ pkgs }:
let
  env = [ "dbPassword=changeme" ] ++ [ "AWS_SECRET_ACCESS_KEY=abc123" ];
in
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  config.Env = env;
}
