{ self, pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "foo";
  tag = builtins.substring 0 9 (self.rev or "dev");
}
