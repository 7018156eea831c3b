{ pkgs }:
pkgs.dockerTools.buildImage {
    name = "app";
    copyToRoot = pkgs.buildEnv {
        name = "app-root";
        paths = [
            pkgs.hello # the program

            # a shell to debug with
            pkgs.bash
        ];
        pathsToLink = [ "/bin" ];
    };
}
