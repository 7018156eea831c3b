{ pkgs }:
pkgs.dockerTools.buildImage {
    name = "app";
    copyToRoot = [
        pkgs.hello # the program

        # a shell to debug with
        pkgs.bash
    ];
}
