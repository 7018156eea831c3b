{ pkgs }:
# buildImage takes no mtime at all (Nix rejects the call): that is for the
# rules about arguments to say, not this one.
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  mtime = "now";
}
