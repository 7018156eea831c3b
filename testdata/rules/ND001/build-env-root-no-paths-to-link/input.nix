{ dockerTools, buildEnv, myapp }:
let
  root = buildEnv {
    name = "root";
    paths = [ myapp ];
  };
in
dockerTools.buildImage {
  name = "app";
  copyToRoot = root;
}
