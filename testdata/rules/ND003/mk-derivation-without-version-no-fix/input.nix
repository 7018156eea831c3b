{ pkgs }:
let
  app = pkgs.stdenv.mkDerivation {
    name = "app";
    src = ./.;
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ app ];
}
