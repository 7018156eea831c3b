{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    User = "1000:1000";
    ExposedPorts."80/tcp" = { };
    Env = [ "A=1" ];
    Entrypoint = [ "a" ];
    Cmd = [ "b" ];
    Volumes."/data" = { };
    WorkingDir = "/";
    Labels."org.opencontainers.image.source" = "https://example.org";
    StopSignal = "SIGTERM";
    Healthcheck = { Test = [ "CMD" "true" ]; };
    Shell = [ "/bin/sh" "-c" ];
  };
}
