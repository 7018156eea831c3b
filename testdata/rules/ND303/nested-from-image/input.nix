{ dockerTools, hello }:
dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  fromImage = dockerTools.pullImage {
    imageName = "registry.internal:5000/base";
    imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    tlsVerify = false;
  };
  contents = [ hello ];
}
