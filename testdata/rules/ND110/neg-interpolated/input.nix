{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    Cmd = [ "${pkgs.hello}/bin/hello" (lib.getExe pkgs.hello) ];
    Env = [ "PATH=/bin:/nix/store/bin" "STORE=/nix/store/abc-short" "NOTBASE32=/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x" ];
  };
}
