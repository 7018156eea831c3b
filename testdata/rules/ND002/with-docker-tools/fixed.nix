{ pkgs }:
with pkgs.dockerTools;
buildImageWithNixDb {
  name = "app";
  created = "now";
}
