{ pkgs, version ? "2.0" }:
pkgs.dockerTools.streamLayeredImage {
  name = "app";
  tag = "${version}-nix.${toString 1}";
}
