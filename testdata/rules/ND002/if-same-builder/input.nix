{ pkgs, otherDockerTools ? pkgs.dockerTools, useOther ? false }:
(if useOther then otherDockerTools.buildImage else pkgs.dockerTools.buildImage) {
  name = "app";
  tag = "1";
}
