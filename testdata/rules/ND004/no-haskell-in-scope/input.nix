{ dockerTools, haskellPackages }:
dockerTools.buildLayeredImage {
  name = "foo";
  contents = [ haskellPackages.foo ];
}
