{ self, pkgs }:
pkgs.dockerTools.streamNixShellImage { drv = pkgs.hello; tag = builtins.substring 0 9 (self.rev or "dev"); }
