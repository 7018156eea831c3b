{ self, pkgs }:
let
  nix-snapshotter = { buildImage = args: args; };
in
nix-snapshotter.buildImage {
  name = "app";
  tag = "1.0";
  created = "now";
}
