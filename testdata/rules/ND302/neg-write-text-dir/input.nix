{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    pkgs.hello
    (pkgs.writeTextDir "etc/passwd" "app:x:1000:1000::/var/empty:/bin/sh\n")
  ];
  config.User = "app";
}
