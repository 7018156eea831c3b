{ self', pkgs }:
pkgs.dockerTools.buildImage {
  name = "server";
  copyToRoot = [ self'.packages.default ];
}
