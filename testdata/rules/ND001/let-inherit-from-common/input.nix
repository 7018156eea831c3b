{ pkgs }:
let
  common = {
    config = {
      Cmd = [ "${pkgs.curl}/bin/curl" ];
    };
  };
  inherit (common) config;
in
pkgs.dockerTools.buildImage {
  name = "app";
  inherit config;
}
