{ dockerTools, hello }:
dockerTools.buildImage {
  name = "hello";
  copyToRoot = [ hello ];
}
