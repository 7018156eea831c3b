{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = builtins.substring 0 9 (self.rev or "dev");
}
