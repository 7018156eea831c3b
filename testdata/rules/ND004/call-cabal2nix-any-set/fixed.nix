{ pkgs, hsPkgs ? pkgs.haskellPackages }:
let
  app = hsPkgs.callCabal2nix "app" ./. { };
in
pkgs.dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pkgs.haskell.lib.justStaticExecutables app}/bin/app" ];
}
