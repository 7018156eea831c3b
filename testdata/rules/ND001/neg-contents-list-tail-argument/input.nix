{ dockerTools, hello, extraEnv }:
dockerTools.buildLayeredImage {
  name = "app";
  contents = [ hello ] ++ extraEnv;
}
