{ dockerTools, callPackage }:
dockerTools.buildLayeredImage {
  name = "hello";
  contents = callPackage ./hello.nix { };
  config.Cmd = [ "hello" ];
}
