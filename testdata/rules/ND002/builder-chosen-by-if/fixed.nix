{ pkgs, lib }:
let
  stream = true;
  buildImage = if stream then pkgs.dockerTools.streamLayeredImage else pkgs.dockerTools.buildLayeredImage;
in
buildImage {
  name = "finkel";
  created = "now";
}
