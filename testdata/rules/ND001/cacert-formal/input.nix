{ dockerTools, cacert, hello }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = [ hello ];
  config.Cmd = [ "hello" ];
}
