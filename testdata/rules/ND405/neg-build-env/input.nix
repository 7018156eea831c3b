{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [
    (pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; })
    pkgs.dockerTools.caCertificates
  ];
}
