{ pkgs }:
let
  runtime = pkgs.dockerTools.buildImage {
    name = "runtime";
    copyToRoot = pkgs.buildEnv { name = "runtime-root"; paths = [ pkgs.bash ]; pathsToLink = [ "/bin" ]; };
  };
in
pkgs.dockerTools.buildImage {
  name = "job";
  tag = "2.3.1";
  created = "2024-05-01T12:00:00Z";
  fromImage = runtime;
  config.Cmd = [ "/bin/bash" "-c" "true" ];
}
