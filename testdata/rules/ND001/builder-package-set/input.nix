{ nixpkgs, system }:
nixpkgs.legacyPackages.${system}.dockerTools.buildLayeredImage {
  name = "app";
  config.Cmd = [ "app" ];
}
