{ pkgs }:
let
  config = pkgs.runCommand "config" { } ''
    mkdir -p $out/etc/app $out/var/lib/app
    cp ${./app.toml} $out/etc/app/app.toml
  '';
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.redis config ];
  };
}
