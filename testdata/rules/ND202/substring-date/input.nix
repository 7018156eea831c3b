{
  outputs = { self, nixpkgs }: {
    packages.x86_64-linux.image = nixpkgs.legacyPackages.x86_64-linux.dockerTools.buildImage {
      name = "app";
      tag = "1.0";
      # the commit date
      created = builtins.substring 0 8 self.lastModifiedDate;
    };
  };
}
