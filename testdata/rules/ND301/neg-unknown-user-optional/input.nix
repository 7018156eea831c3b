{ pkgs, lib, unprivileged ? true }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  config = { Cmd = [ "/bin/hello" ]; } // lib.optionalAttrs unprivileged { User = "65534:65534"; };
}
