{ pkgs, runAsRoot ? null, layers ? [ ] }:
# fluidattacks/makes passes its own runAsRoot ? null through: it may be
# null, so the image may need no VM.
pkgs.dockerTools.buildImage ({ name = "container-image"; contents = layers; } // { inherit runAsRoot; })
