{
  outputs = { self, nixpkgs }: {
    packages.x86_64-linux.image = nixpkgs.legacyPackages.x86_64-linux.dockerTools.buildImage {
      name = "app";
      tag = "1.0";
      # the commit date
      created = let d = self.lastModifiedDate; in "${builtins.substring 0 4 d}-${builtins.substring 4 2 d}-${builtins.substring 6 2 d}T${builtins.substring 8 2 d}:${builtins.substring 10 2 d}:${builtins.substring 12 2 d}Z";
    };
  };
}
