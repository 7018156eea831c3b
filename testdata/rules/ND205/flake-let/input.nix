{
  outputs = { self, nixpkgs }:
    let
      inherit (nixpkgs.legacyPackages.x86_64-linux) dockerTools;
      base = dockerTools.pullImage {
        imageName = "debian";
        imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
        sha256 = "0000000000000000000000000000000000000000000000000000";
      };
    in
    {
      # The pulled image is an output too, so it may be loaded by itself.
      packages.x86_64-linux.base = base;
      packages.x86_64-linux.image = dockerTools.buildImage {
        name = "app";
        tag = "1";
        fromImage = base;
      };
    };
}
