{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [
    (pkgs.writeTextDir "etc/app.conf" "listen = 8080\n")
  ];
}
