{ lib, dockerTools, myapp }:
dockerTools.streamLayeredImage {
  name = "app";
  config.Entrypoint = [ (lib.getExe myapp) ];
}
