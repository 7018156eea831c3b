{ pkgs, lib, name ? "A", value ? "1", extraEnv }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config.Env = [
    "PATH=/bin"
    "${name}=${value}"
    "A${value}"
    "EMPTY="
    (if value == "1" then "X=1" else "Y=2")
  ] ++ extraEnv ++ lib.mapAttrsToList (n: v: "${n}=${v}") { B = "2"; };
}
