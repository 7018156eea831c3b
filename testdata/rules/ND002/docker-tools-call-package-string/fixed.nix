{ pkgs }:
let
  src = "/src/nixpkgs";
  docker = pkgs.callPackage "${src}/pkgs/build-support/docker" { };
in
docker.buildLayeredImage {
  name = "app";
  tag = "1";
  created = "now";
}
