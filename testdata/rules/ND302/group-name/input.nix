{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; };
  runAsRoot = ''
    #!${pkgs.runtimeShell}
    ${pkgs.coreutils}/bin/mkdir -p /data
  '';
  config.User = "1000:app";
}
