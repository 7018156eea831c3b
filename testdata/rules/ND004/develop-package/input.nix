{ pkgs }:
let
  app = pkgs.haskellPackages.developPackage { root = ./.; };
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ app ];
}
