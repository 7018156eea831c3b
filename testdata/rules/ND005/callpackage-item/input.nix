{ pkgs }:
let
  app = pkgs.callPackage ./app.nix { };
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ app pkgs.cacert ];
  };
  config.Cmd = [ "app" ];
}
