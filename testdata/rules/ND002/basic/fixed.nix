{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "latest"; # pinned by CI
  created = "now";
}
