{ pkgs }:
let
  common = {
    config = {
      Cmd = [ "${pkgs.curl}/bin/curl" ];
    };
  };
in
pkgs.dockerTools.buildImage {
  name = "app";
  config = common.config;
}
