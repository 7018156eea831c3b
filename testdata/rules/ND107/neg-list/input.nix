{ pkgs, extra ? [ ] }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    Cmd = [ "/bin/hello" ];
    Entrypoint = [ "/bin/sh" "-c" ] ++ extra;
    Shell = pkgs.lib.optional true "/bin/sh";
  };
}
