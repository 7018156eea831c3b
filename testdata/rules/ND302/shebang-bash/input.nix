{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; };
  runAsRoot = ''
    #!${pkgs.bash}/bin/bash
    mkdir -p /data
  '';
  config.User = "app";
}
