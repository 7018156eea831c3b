{ pkgs }:
{
  img = pkgs.dockerTools.buildImageWithNixDb { name = "app"; tag = "1.0"; copyToRoot = [ pkgs.coreutils pkgs.bash ]; };
}
