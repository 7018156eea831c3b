{ pkgs }:
with pkgs;
dockerTools.buildImageWithNixDb { name = "nix"; copyToRoot = [ nix bash ]; }
