{
  perSystem = { config, pkgs, ... }: {
    haskellProjects.default.settings.app.justStaticExecutables = true;
    packages.image = pkgs.dockerTools.buildLayeredImage {
      name = "app";
      config.Cmd = [ "${config.haskellProjects.default.outputs.packages.app.package}/bin/app" ];
    };
  };
}
