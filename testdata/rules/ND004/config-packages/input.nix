{
  perSystem = { config, pkgs, ... }: {
    haskellProjects.default = { };
    packages.image = pkgs.dockerTools.buildLayeredImage {
      name = "app";
      contents = [ config.packages.default ];
    };
  };
}
