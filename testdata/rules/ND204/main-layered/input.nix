{ dockerTools, hello }:
dockerTools.streamLayeredImage {
  name = "app";
  tag = ''main'';
  contents = [ hello ];
}
