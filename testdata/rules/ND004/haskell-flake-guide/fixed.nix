{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    haskellProjects.default = { };
    packages.dockerImage = pkgs.dockerTools.buildImage {
      name = "foo";
      copyToRoot = pkgs.buildEnv {
        paths = with pkgs; [
          (pkgs.haskell.lib.justStaticExecutables self'.packages.default)
        ];
        name = "foo-root";
        pathsToLink = [ "/bin" ];
      };
      config = {
        Cmd = [ "${pkgs.lib.getExe (pkgs.haskell.lib.justStaticExecutables self'.packages.default)}" ];
      };
    };
  };
}
