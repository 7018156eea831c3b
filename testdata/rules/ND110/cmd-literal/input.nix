{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Cmd = [ "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-hello-2.12/bin/hello" "--verbose" ];
}
