{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1";
  passthru.original = "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-hello-2.12";
}
