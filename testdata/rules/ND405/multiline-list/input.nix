{ pkgs }:
pkgs.dockerTools.buildImage {
    name = "app";
    copyToRoot = [
        pkgs.hello # the program
        pkgs.bash
    ];
}
