{ pkgs }:
let
  hp = pkgs.haskellPackages;
  myGhc = hp.ghcWithPackages (p: [ p.foo ]);
in
pkgs.dockerTools.buildLayeredImage {
  name = "toolchain";
  contents = [ myGhc hp.foo ];
}
