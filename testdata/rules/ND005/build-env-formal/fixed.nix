{ dockerTools, buildEnv, coreutils, bash, tzdata }:
let
  root = buildEnv {
    name = "root";
    paths = [ coreutils bash tzdata ];
    pathsToLink = [ "/bin" "/share/zoneinfo" ];
  };
in
dockerTools.buildImage {
  name = "app";
  copyToRoot = root;
}
