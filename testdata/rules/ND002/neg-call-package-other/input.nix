{ pkgs }:
(pkgs.callPackage ./docker.nix { }).buildImage {
  name = "app";
  tag = "1";
}
