{ pkgs }:
{
  a = pkgs.dockerTools.buildLayeredImage { name = "a"; tag = "1.0"; compressor = "zstd"; };
  b = pkgs.dockerTools.buildImage { name = "b"; tag = "1.0"; compressor = "none"; };
  c = pkgs.dockerTools.buildNixShellImage { drv = pkgs.hello; compressor = "gz"; };
}
