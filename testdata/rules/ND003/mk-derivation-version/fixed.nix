{ pkgs }:
let
  app = pkgs.stdenv.mkDerivation {
    pname = "app";
    version = "2.0.1";
    src = ./.;
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ app pkgs.dockerTools.caCertificates ];
  tag = app.version;
}
