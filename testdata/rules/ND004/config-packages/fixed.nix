{
  perSystem = { config, pkgs, ... }: {
    haskellProjects.default = { };
    packages.image = pkgs.dockerTools.buildLayeredImage {
      name = "app";
      contents = [ (pkgs.haskell.lib.justStaticExecutables config.packages.default) ];
    };
  };
}
