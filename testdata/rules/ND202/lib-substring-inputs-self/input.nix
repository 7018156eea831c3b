{ pkgs, lib, inputs, ... }:
pkgs.dockerTools.buildImageWithNixDb {
  name = "app";
  tag = "1.0";
  created = (lib.substring 0 8 inputs.self.lastModifiedDate);
}
