{ dockerTools, nix }:
let
  base = dockerTools.buildLayeredImage { name = "base"; contents = [ nix ]; };
in
dockerTools.buildLayeredImageWithNixDb {
  name = "nix";
  fromImage = base;
  contents = [ nix ];
}
