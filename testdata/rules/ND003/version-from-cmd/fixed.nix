{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "web";
  config.Cmd = [ "${pkgs.webserver}/bin/webserver" "--port" "80" ];
  tag = pkgs.webserver.version;
}
