{ pkgs }:
[
  (pkgs.dockerTools.buildImage { name = "app"; tag = "1"; })
  (pkgs.dockerTools.buildImage { name = "ghcr.io/acme/app"; tag = "1"; })
  (pkgs.dockerTools.buildImage { name = "localhost:5000/a_b"; tag = "1"; })
  (pkgs.dockerTools.buildImage { name = "a__b.c--d"; tag = "1"; })
  (pkgs.dockerTools.buildImage { name = "${pkgs.hello.pname}-image"; tag = "1"; })
]
