{ dockerTools, writeShellScriptBin }:
let
  app = writeShellScriptBin "app" "exec curl https://example.org";
in
dockerTools.buildLayeredImage {
  name = "app";
  contents = app;
  config.Cmd = [ "app" ];
}
