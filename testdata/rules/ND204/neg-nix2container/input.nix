# nix2container's buildImage is not dockerTools': its tag is its own affair,
# even with dockerTools in scope for a helper.
{ dockerTools, nix2container ? { buildImage = args: args; } }:
nix2container.buildImage {
  name = "ghcr.io/example/wolf";
  tag = "stable";
  copyToRoot = [ dockerTools.caCertificates ];
}
