{ dockerTools, nix }:
dockerTools.buildImageWithNixDb {
  name = "nix";
  copyToRoot = [ nix ];
}
