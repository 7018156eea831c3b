{
  outputs = { self, nixpkgs }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
      app = pkgs.haskellPackages.hello;
    in
    {
      packages.x86_64-linux.dockerImage = pkgs.dockerTools.buildImage {
        name = "hello";
        copyToRoot = pkgs.buildEnv {
          name = "hello-root";
          paths = [ (pkgs.haskell.lib.justStaticExecutables app) ];
        };
        config = {
          Cmd = [ "${pkgs.haskell.lib.justStaticExecutables app}/bin/hello" ];
        };
      };
    };
}
