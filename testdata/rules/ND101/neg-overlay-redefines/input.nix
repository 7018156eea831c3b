# An overlay that gives buildImage an argument of its own: calls in this
# file may reach it, so their arguments are not judged.
{ pkgs }:
let
  overlay = final: prev: {
    dockerTools = prev.dockerTools // {
      buildImage = { withShell ? false, ... }@args:
        prev.dockerTools.buildImage (removeAttrs args [ "withShell" ]);
    };
  };
in
{
  inherit overlay;
  image = pkgs.dockerTools.buildImage {
    name = "app";
    tag = "1.0";
    withShell = true;
  };
}
