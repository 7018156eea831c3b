{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    pkgs.hello
    (pkgs.writeTextDir "etc/passwd" "root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/var/empty:/bin/sh\n")
  ];
  config.User = "65534:65534";
}
