{ pkgs }:
let
  base = pkgs.dockerTools.pullImage { imageName = "alpine"; imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000"; sha256 = ""; };
in
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
  config.Cmd = [ "/usr/local/bin/app" ];
}
