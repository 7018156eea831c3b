{ pkgs }:
pkgs.dockerTools.buildImage {
  inherit (pkgs.myapp) name;
  copyToRoot = [ pkgs.bash pkgs.myapp ];
  config.Cmd = [ "/bin/bash" ];
}
