{ pkgs, lib, debug ? false }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { User = "1"; } // lib.optionalAttrs debug {
    Entrypoint = [ "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-gdb-14/bin/gdb" ];
  };
}
