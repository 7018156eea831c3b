{ pkgs, kvm ? true }:
let
  # Without KVM, build with a dockerTools whose VM helpers are replaced.
  build =
    if kvm then
      pkgs.dockerTools.buildImage
    else
      (pkgs.callPackage (pkgs.path + "/pkgs/build-support/docker") { }).buildImage;
in
build {
  name = "app";
  tag = "1";
  created = "now";
}
