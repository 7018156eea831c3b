{
  outputs = { self, nixpkgs }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
    in
    {
      packages.x86_64-linux.image = pkgs.dockerTools.buildImage {
        name = "app";
        tag = "1.0";
        created = "now"; # show a real date in docker images
        config.Cmd = [ "${pkgs.hello}/bin/hello" ];
      };
    };
}
