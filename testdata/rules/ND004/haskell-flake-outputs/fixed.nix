{
  perSystem = { config, pkgs, ... }: {
    packages.image = pkgs.dockerTools.buildLayeredImage {
      name = "app";
      config.Cmd = [ "${pkgs.haskell.lib.justStaticExecutables config.haskellProjects.default.outputs.finalPackages.app}/bin/app" ];
    };
  };
}
