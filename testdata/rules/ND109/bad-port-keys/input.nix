{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.ExposedPorts = {
    "http" = { };
    "80/tcp" = { };
    "8080:80" = { };
    "70000/udp" = { };
    "53/UDP" = { };
    "8000-8010/tcp" = { };
  };
}
