{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1";
  config = {
    ExposedPorts = [
      "8080" # http
      "53/udp"
      9090
    ];
  };
}
