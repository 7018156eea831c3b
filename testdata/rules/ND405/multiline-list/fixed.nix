{ pkgs }:
pkgs.dockerTools.buildImage {
    name = "app";
    copyToRoot = pkgs.buildEnv {
        name = "app-root";
        paths = [
            pkgs.hello # the program
            pkgs.bash
        ];
        pathsToLink = [ "/bin" ];
    };
}
