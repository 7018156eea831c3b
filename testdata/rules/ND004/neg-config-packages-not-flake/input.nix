{
  perSystem = { config, pkgs, ... }: {
    packages.image = pkgs.dockerTools.buildLayeredImage {
      name = "app";
      contents = [ config.packages.default ];
    };
  };
}
