{ pkgs, extraEnv }:
pkgs.dockerTools.buildImage {
  name = "foo";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ] ++ extraEnv;
  };
}
