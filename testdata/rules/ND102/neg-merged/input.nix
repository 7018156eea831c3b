{ pkgs, args ? { name = "app"; } }:
pkgs.dockerTools.buildImage (args // {
  tag = "1.0";
  contents = pkgs.hello;
})
