{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    haskellProjects.default = {
      settings.foo.justStaticExecutables = true;
      settings.bar = { super, ... }: { justStaticExecutables = true; };
    };
    packages.image = pkgs.dockerTools.buildImage {
      name = "foo";
      config.Cmd = [ "${self'.packages.foo}/bin/foo" "${self'.packages.bar}/bin/bar" "${self'.packages.default}/bin/x" ];
    };
  };
}
