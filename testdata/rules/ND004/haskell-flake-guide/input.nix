{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    haskellProjects.default = { };
    packages.dockerImage = pkgs.dockerTools.buildImage {
      name = "foo";
      copyToRoot = pkgs.buildEnv {
        paths = with pkgs; [
          self'.packages.default
        ];
        name = "foo-root";
        pathsToLink = [ "/bin" ];
      };
      config = {
        Cmd = [ "${pkgs.lib.getExe self'.packages.default}" ];
      };
    };
  };
}
