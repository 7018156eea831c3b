{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello pkgs.cacert pkgs.dockerTools.usrBinEnv pkgs.dockerTools.fakeNss ]; pathsToLink = [ "/bin" "/etc" "/usr" ]; };
}
