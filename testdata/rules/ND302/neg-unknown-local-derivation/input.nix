{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    pkgs.hello
    (pkgs.runCommand "etc" { } ''
      mkdir -p $out/etc
      echo "app:x:1000:1000::/var/empty:/bin/sh" > $out/etc/passwd
    '')
  ];
  config.User = "app";
}
