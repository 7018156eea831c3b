{ dockerTools, haskellPackages, haskell }:
dockerTools.buildLayeredImage {
  name = "foo";
  config.Entrypoint = [ (haskell.lib.compose.justStaticExecutables haskellPackages.bar) ];
  contents = [ haskellPackages.foo ];
}
