{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "site";
  copyToRoot = pkgs.buildEnv {
    name = "site-root";
    paths = [ pkgs.nginx self pkgs.dockerTools.fakeNss ];
    pathsToLink = [ "/bin" "/etc" "/srv" ];
  };
  config = {
    Cmd = [ "/bin/nginx" "-c" "/srv/nginx.conf" ];
    WorkingDir = "/srv";
  };
}
