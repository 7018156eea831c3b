{ pkgs }:
let
  links = [ "/bin" ];
in
{
  image = pkgs.dockerTools.buildImage {
    name = "app";
    copyToRoot = pkgs.buildEnv {
      name = "root";
      paths = [ pkgs.hello pkgs.cacert ];
      pathsToLink = links;
    };
  };
  other = pkgs.buildEnv { name = "tools"; paths = [ pkgs.curl ]; pathsToLink = links; };
}
