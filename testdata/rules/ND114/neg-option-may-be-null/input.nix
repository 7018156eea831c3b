# cfg.fromImage is an option of the caller's, which may well be null.
{ pkgs, cfg ? { fromImage = null; } }:
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = cfg.fromImage;
  fromImageName = "alpine";
}
