{ dockerTools, myapp }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    myapp # the server
  ];
  config.Cmd = [ "myapp" ];
}
