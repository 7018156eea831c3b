{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" "/app" ];
  };
  config.Cmd = [ "/app/server" ];
}
