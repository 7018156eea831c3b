{
  outputs = { self, nixpkgs }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
    in
    {
      packages.x86_64-linux.image = pkgs.dockerTools.buildImage {
        name = "foo";
        created = "now";
        tag = builtins.substring 0 9 (self.rev or "dev");
      };
    };
}
