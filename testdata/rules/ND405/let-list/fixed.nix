{ pkgs }:
let
  rootPackages = with pkgs; [ hello coreutils ];
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "app-root";
    paths = rootPackages;
    pathsToLink = [ "/bin" ];
  };
}
