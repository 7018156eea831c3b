{
  perSystem = { config, pkgs, ... }: {
    packages.image = pkgs.dockerTools.buildLayeredImage {
      name = "app";
      config.Cmd = [ "${config.haskellProjects.default.outputs.finalPackages.app}/bin/app" ];
    };
  };
}
