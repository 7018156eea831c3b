{ pkgs, extraEnv }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello pkgs.cacert ];
    pathsToLink = [ "/bin" ] ++ extraEnv;
  };
}
