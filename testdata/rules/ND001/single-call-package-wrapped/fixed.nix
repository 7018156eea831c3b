{ dockerTools, callPackage }:
dockerTools.buildLayeredImage {
  name = "hello";
  contents = [ (callPackage ./hello.nix { }) dockerTools.caCertificates ];
  config.Cmd = [ "hello" ];
}
