{ pkgs, registry ? "ghcr.io/acme" }:
pkgs.dockerTools.buildImage {
  name = "${registry}/MyService";
  tag = "1.0";
}
