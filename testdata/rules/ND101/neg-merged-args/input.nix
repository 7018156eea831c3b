{ pkgs, args }:
pkgs.dockerTools.buildImage (args // {
  tag = "1.0";
  copyToRoot = pkgs.hello;
  foo = 1;
})
