{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "1";
  contents = [ pkgs.hello "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-tools" ];
}
