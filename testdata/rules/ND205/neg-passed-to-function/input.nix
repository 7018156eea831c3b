{ dockerTools }:
let
  # Stands for a function of another file: what it does with the pulled
  # image (a base, most likely) is not known here.
  mkService = spec: spec;
in
mkService {
  name = "proxy";
  image.base = dockerTools.pullImage {
    imageName = "nginx";
    imageDigest = "sha256:2222222222222222222222222222222222222222222222222222222222222222";
    sha256 = "0000000000000000000000000000000000000000000000000000";
  };
}
