{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "web";
  config =
    let
      server = pkgs.webserver;
    in
    {
      Cmd = [ "${server}/bin/webserver" ];
    };
}
