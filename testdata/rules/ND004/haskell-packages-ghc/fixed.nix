{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "foo";
  contents = [ (pkgs.haskell.lib.justStaticExecutables pkgs.haskell.packages.ghc96.foo) pkgs.hello ];
}
