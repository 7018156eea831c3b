{ pkgs }:
let
  app = pkgs.runCommand "app" { } ''
    mkdir -p $out/app
    cp ${pkgs.hello}/bin/hello $out/app/server
  '';
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ app ];
    pathsToLink = [ "/bin" ];
  };
  config.Cmd = [ "/app/server" "--port" "8080" ];
}
