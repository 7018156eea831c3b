{ pkgs }:
with pkgs;
dockerTools.buildImageWithNixDb { name = "nix"; copyToRoot = pkgs.buildEnv { name = "nix-root"; paths = [ nix bash ]; pathsToLink = [ "/bin" ]; }; }
