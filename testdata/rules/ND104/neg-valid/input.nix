{ pkgs }:
[
  (pkgs.dockerTools.buildImage { name = "a"; tag = "1.2.3"; })
  (pkgs.dockerTools.buildImage { name = "b"; tag = "v1_2-rc.3"; })
  (pkgs.dockerTools.buildImage { name = "c"; tag = "Latest"; })
  (pkgs.dockerTools.buildImage { name = "d"; tag = null; })
]
