{ dockerTools, buildEnv, coreutils, bash, tzdata }:
let
  root = buildEnv {
    name = "root";
    paths = [ coreutils bash tzdata ];
  };
in
dockerTools.buildImage {
  name = "app";
  copyToRoot = root;
}
