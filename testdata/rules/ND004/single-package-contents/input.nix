{ pkgs }:
let
  thisPackage = pkgs.haskellPackages.callPackage ./default.nix { };
in
pkgs.dockerTools.buildImage {
  name = "keepbooks";
  contents = thisPackage;
}
