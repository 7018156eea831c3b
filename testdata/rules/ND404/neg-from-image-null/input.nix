{ pkgs }:
pkgs.dockerTools.buildImageWithNixDb {
  name = "nix";
  fromImage = null;
  copyToRoot = [ pkgs.nix ];
}
