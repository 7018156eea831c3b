{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    haskellProjects.default = { };
    packages.dockerImage = pkgs.dockerTools.buildImage {
      name = "foo";
      config = {
        Cmd = [ "${pkgs.lib.getExe self'.packages.default}" ];
      };
    };
  };
}
