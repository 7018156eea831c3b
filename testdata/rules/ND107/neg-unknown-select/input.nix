{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Cmd = pkgs.hello.passthru.cmd or [ "/bin/hello" ];
}
