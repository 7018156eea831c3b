{ pkgs }:
pkgs.dockerTools.exportImage {
  fromImage = pkgs.dockerTools.buildImage { name = "hello"; tag = "1.0"; };
}
