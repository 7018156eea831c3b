{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
  extraCommands = ''
    mkdir -p app
    ln -s ${pkgs.hello}/bin/hello app/server
  '';
  config.Cmd = [ "/app/server" ];
}
