{ pkgs }:
let
  rootPackages = with pkgs; [ hello coreutils ];
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = rootPackages;
}
