{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    packages.dockerImage = pkgs.dockerTools.buildImage {
      name = "foo";
      copyToRoot = pkgs.buildEnv {
        paths = with pkgs; [
          self'.packages.default
        ];
        name = "foo-root";
        pathsToLink = [ "/bin" ];
      };
    };
  };
}
