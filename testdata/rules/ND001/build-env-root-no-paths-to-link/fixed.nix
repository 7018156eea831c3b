{ dockerTools, buildEnv, myapp }:
let
  root = buildEnv {
    name = "root";
    paths = [ myapp dockerTools.caCertificates ];
  };
in
dockerTools.buildImage {
  name = "app";
  copyToRoot = root;
}
