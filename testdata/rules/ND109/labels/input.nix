{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Labels = {
    "org.opencontainers.image.version" = "1.0";
    build = 42; # CI run
    offset = -1;
    stable = true;
    ratio = 1.5;
    tags = [ "a" ];
    source = pkgs.hello;
  };
}
