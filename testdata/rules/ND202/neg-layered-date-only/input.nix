{ self, pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  created = builtins.substring 0 8 self.lastModifiedDate;
}
