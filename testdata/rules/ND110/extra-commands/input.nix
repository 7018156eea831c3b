{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  extraCommands = ''
    mkdir -p bin
    ln -s /nix/store/0123456789abcdfghijklmnpqrsvwxyz-busybox-1.36/bin/sh bin/sh
  '';
}
