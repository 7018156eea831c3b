{ pkgs, config }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    ExposedPorts = config.ports or { };
    Labels = { a = config.build or "1"; };
  };
}
