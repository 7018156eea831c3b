{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    packages.server = pkgs.haskellPackages.server;
    packages.image = pkgs.dockerTools.streamLayeredImage {
      name = "server";
      config.Cmd = [ (pkgs.lib.getExe (pkgs.haskell.lib.justStaticExecutables self'.packages.server)) ];
    };
  };
}
