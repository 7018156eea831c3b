{ pkgs }:
let
  app = pkgs.haskellPackages.mkDerivation {
    pname = "app";
    version = "1.0";
    src = ./.;
    license = "mit";
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ app ];
}
