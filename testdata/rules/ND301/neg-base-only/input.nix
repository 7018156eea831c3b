{ pkgs }:
let
  # Built only to be the base of the image below; its User would not be kept.
  runtime = pkgs.dockerTools.buildImage {
    name = "runtime";
    copyToRoot = pkgs.buildEnv { name = "runtime-root"; paths = [ pkgs.dockerTools.fakeNss ]; pathsToLink = [ "/etc" ]; };
  };
in
pkgs.dockerTools.buildImage {
  name = "job";
  tag = "2.3.1";
  fromImage = runtime;
  config.User = "65534:65534";
}
