{ inputs, ... }:
{
  perSystem = { pkgs, ... }: {
    packages.image = pkgs.dockerTools.buildImage {
      name = "app";
      tag = builtins.substring 0 9 (inputs.self.rev or "dev");
    };
  };
}
