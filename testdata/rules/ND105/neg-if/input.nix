{ pkgs, dev ? false }:
pkgs.dockerTools.buildImage {
  name = if dev then "App-Dev" else "app";
  tag = "1.0";
}
