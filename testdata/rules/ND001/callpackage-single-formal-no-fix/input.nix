{ dockerTools, myapp }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = myapp;
  config.Cmd = [ "myapp" ];
}
