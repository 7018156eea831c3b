{ pkgs }:
let
  common = {
    config = {
      Cmd = [ "${pkgs.curl}/bin/curl" ];
    };
  };
in
{
  a = pkgs.dockerTools.buildImage {
    name = "a";
    inherit (common) config;
    copyToRoot = [ pkgs.dockerTools.caCertificates ];
  };
  b = pkgs.dockerTools.buildImage {
    name = "b";
    inherit (common) config;
    copyToRoot = [ pkgs.dockerTools.caCertificates ];
  };
}
