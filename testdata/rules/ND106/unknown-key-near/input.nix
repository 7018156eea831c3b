{ pkgs }:
# Volume (singular) is what a real image definition wrote; runtimes ignore it.
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    Entrypoint = [ "start" ];
    Volume = [ "/data" ];
    Group = "app";
  };
}
