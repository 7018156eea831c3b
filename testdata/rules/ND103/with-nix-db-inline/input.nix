{ pkgs }:
{
  img = pkgs.dockerTools.buildImageWithNixDb { name = "app"; tag = "1.0"; contents = [ pkgs.coreutils pkgs.bash ]; };
}
