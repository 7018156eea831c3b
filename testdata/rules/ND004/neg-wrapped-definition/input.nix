{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    haskellProjects.default = { };
    packages.default = pkgs.haskell.lib.justStaticExecutables self'.packages.foo;
    packages.image = pkgs.dockerTools.buildImage {
      name = "foo";
      config.Cmd = [ "${pkgs.lib.getExe self'.packages.default}" ];
    };
  };
}
