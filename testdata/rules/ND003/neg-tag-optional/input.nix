{ pkgs, lib, tag }:
pkgs.dockerTools.buildImage ({ name = "foo"; } // lib.optionalAttrs (tag != null) { inherit tag; })
