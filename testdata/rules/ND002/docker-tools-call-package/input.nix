{ pkgs }:
(pkgs.callPackage <nixpkgs/pkgs/build-support/docker> { }).buildImage {
  name = "app";
  tag = "1";
}
