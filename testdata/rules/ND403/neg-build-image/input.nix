{ pkgs }:
# buildImage has no includeStorePaths; passing it is an evaluation error,
# which is not this rule's concern.
pkgs.dockerTools.buildImage {
  name = "hello";
}
