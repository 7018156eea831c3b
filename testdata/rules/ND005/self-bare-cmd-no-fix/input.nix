{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ self pkgs.cacert ];
  };
  config.Cmd = [ "app" ];
}
