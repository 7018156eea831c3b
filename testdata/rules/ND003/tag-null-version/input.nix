{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "web";
  tag = null;
  config.Cmd = [ "${pkgs.webserver}/bin/webserver" ];
}
