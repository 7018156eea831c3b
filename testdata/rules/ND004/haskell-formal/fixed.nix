{ dockerTools, haskellPackages, haskell }:
dockerTools.buildLayeredImage {
  name = "foo";
  config.Entrypoint = [ (haskell.lib.compose.justStaticExecutables haskellPackages.bar) ];
  contents = [ (haskell.lib.justStaticExecutables haskellPackages.foo) ];
}
