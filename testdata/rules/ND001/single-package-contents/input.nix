{ pkgs }:
let
  app = pkgs.writeShellScriptBin "app" "curl https://example.org";
in
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = app;
}
