{ pkgs }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  contents = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello pkgs.dockerTools.usrBinEnv ];
    pathsToLink = [ "/bin" "/usr" ];
  };
}
