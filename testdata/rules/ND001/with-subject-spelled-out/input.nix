{ nixpkgs }:
with nixpkgs.legacyPackages.x86_64-linux;
# cacert would come from the with alone, which the fixer does not lean on
# for a name the file does not use yet: the with's subject is written out.
dockerTools.buildLayeredImage {
  name = "fetch";
  tag = "1";
  contents = [ curl ];
  config.Cmd = [ "/bin/curl" ];
}
