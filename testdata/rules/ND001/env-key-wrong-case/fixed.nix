{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  tag = "1.0";
  config = {
    # ND106 renames env to Env; adding an Env beside it would define the
    # attribute twice, so the certificates go into the image root instead.
    env = [ "PORT=8080" ];
    Cmd = [ "${pkgs.hello}/bin/hello" ];
  };
  contents = [ pkgs.dockerTools.caCertificates ];
}
