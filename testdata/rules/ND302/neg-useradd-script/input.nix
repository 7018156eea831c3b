{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  fakeRootCommands = ''
    echo "app:x:1000:1000::/home/app:/bin/sh" >> ./etc/passwd
  '';
  config.User = "app";
}
