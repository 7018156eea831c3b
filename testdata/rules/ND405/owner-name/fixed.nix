{ pkgs }:
pkgs.dockerTools.buildImage {
  # Only the part after the last / can name the root's store path.
  name = "acme/reader";
  tag = "3.1";
  copyToRoot = pkgs.buildEnv {
    name = "reader-root";
    paths = [ pkgs.hello ];
    pathsToLink = [ "/bin" ];
  };
}
