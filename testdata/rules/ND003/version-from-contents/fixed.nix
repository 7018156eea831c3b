{ dockerTools, myapp, cacert }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = [ myapp cacert ];
  config.Cmd = [ "myapp" ];
  tag = myapp.version;
}
