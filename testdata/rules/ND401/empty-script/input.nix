{ pkgs }:
# An empty runAsRoot is not null: buildImage still builds the layer in the
# virtual machine (the-nix-way/nix-docker-examples does this).
pkgs.dockerTools.buildImage {
  name = "script";
  tag = "v0.1.0";
  runAsRoot = "";
}
