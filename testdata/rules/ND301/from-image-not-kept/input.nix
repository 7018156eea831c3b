{ pkgs, base }:
# Only Env is kept from the base image, not its User.
pkgs.dockerTools.buildImage {
  name = "app";
  fromImage = base;
  config.Cmd = [ "/bin/hello" ];
}
