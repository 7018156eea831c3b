{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "api";
  tag = "4.2.0";
  # The base's own tag never reaches a registry.
  fromImage = pkgs.dockerTools.buildImage {
    name = "api-base";
    tag = "latest";
  };
  contents = [ pkgs.hello ];
}
