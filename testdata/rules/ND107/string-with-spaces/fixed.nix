{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config.Entrypoint = [ "/bin/hello --port 80" ];
}
