{ self, pkgs }:
let
  builtins = { };
in
pkgs.dockerTools.buildImage {
  name = "foo";
}
