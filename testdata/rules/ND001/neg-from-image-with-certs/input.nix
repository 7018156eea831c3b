{ pkgs }:
let
  base = pkgs.dockerTools.buildLayeredImage {
    name = "base";
    contents = [ pkgs.bash pkgs.dockerTools.caCertificates ];
  };
in
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
  config.Cmd = [ "${pkgs.curl}/bin/curl" ];
}
