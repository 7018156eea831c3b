{ pkgs }:
# The script mentions passwd but does not surely leave one in the image.
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  fakeRootCommands = ''
    rm -f ./etc/passwd
  '';
}
