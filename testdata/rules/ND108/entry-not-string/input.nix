{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = [
    "A=1"
    8080
    { B = "2"; }
    [ "C=3" ]
    true
    null
  ];
}
