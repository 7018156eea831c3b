{ pkgs }:
let
  app = pkgs.haskell.lib.justStaticExecutables pkgs.haskellPackages.app;
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ app ];
  config.Cmd = [ "${app}/bin/app" ];
}
