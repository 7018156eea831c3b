{ self, pkgs }:
let
  # Tools that change less often than the application: a layer of their
  # own, never loaded by itself.
  base = pkgs.dockerTools.buildImage {
    name = "app-base";
    copyToRoot = [ pkgs.bash pkgs.coreutils ];
  };
in
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
  copyToRoot = [ pkgs.hello ];
}
