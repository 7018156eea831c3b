{ pkgs }:
pkgs.dockerTools.buildImage (if true then { name = "app"; created = "now"; } else { name = "app"; })
