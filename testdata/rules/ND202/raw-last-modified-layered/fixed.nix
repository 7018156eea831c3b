{ self, pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1.0";
  created = let d = self.lastModifiedDate; in "${builtins.substring 0 4 d}-${builtins.substring 4 2 d}-${builtins.substring 6 2 d}T${builtins.substring 8 2 d}:${builtins.substring 10 2 d}:${builtins.substring 12 2 d}Z";
}
