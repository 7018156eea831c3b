{ pkgs, registry ? "ghcr.io/acme" }:
pkgs.dockerTools.buildImage {
  name = "${registry}/myservice";
  tag = "1.0";
}
