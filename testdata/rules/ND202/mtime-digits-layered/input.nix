{ pkgs }:
pkgs.dockerTools.buildLayeredImage { name = "app"; tag = "1.0"; mtime = "20240102030405"; created = "2024-01-02"; }
