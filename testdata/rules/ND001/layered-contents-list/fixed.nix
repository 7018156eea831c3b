{ dockerTools, myapp }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    myapp # the server
    dockerTools.caCertificates
  ];
  config.Cmd = [ "myapp" ];
}
