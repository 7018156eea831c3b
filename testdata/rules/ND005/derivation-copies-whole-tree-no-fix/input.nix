{ pkgs }:
let
  rootfs = pkgs.stdenv.mkDerivation {
    name = "rootfs";
    src = ./rootfs;
    installPhase = ''
      cp -r . $out
    '';
  };
in
pkgs.dockerTools.buildImage {
  name = "site";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.nginx rootfs ];
  };
  config.Cmd = [ "nginx" ];
}
