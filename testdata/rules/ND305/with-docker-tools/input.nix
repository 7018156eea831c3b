{ pkgs }:
with pkgs.dockerTools;
buildImage {
  name = "app";
  copyToRoot = [ fakeNss ];
  runAsRoot = "${shadowSetup}";
}
