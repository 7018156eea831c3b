{ pkgs }:
# fakeNss is among the paths but its /etc is not linked into the root.
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello pkgs.fakeNss ];
    pathsToLink = [ "/bin" ];
  };
  runAsRoot = ''
    ${pkgs.dockerTools.shadowSetup}
    useradd -r app
  '';
}
