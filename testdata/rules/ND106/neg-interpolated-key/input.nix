{ pkgs, key ? "Cmd" }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = { ${key} = [ "a" ]; };
}
