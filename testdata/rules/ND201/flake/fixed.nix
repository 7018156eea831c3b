{
  outputs = { self, nixpkgs }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
    in
    {
      packages.x86_64-linux.image = pkgs.dockerTools.buildImage {
        name = "app";
        tag = "1.0";
        created = let d = self.lastModifiedDate; in "${builtins.substring 0 4 d}-${builtins.substring 4 2 d}-${builtins.substring 6 2 d}T${builtins.substring 8 2 d}:${builtins.substring 10 2 d}:${builtins.substring 12 2 d}Z"; # show a real date in docker images
        config.Cmd = [ "${pkgs.hello}/bin/hello" ];
      };
    };
}
