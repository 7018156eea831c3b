{ inputs, ... }:
{
  perSystem = { pkgs, ... }: {
    packages.image = pkgs.dockerTools.buildImage {
      name = "app";
    };
  };
}
