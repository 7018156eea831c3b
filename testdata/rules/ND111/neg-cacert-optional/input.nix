{ pkgs, lib }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ] ++ lib.optional false pkgs.cacert;
    pathsToLink = [ "/bin" ];
  };
}
