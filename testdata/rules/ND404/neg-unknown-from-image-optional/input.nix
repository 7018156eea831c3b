{ pkgs, lib, base, layered ? false }:
pkgs.dockerTools.streamLayeredImage ({
  name = "nix";
  includeNixDB = true;
} // lib.optionalAttrs layered { fromImage = base; })
