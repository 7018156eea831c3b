{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "web";
  tag = pkgs.webserver.version;
  config.Cmd = [ "${pkgs.webserver}/bin/webserver" ];
}
