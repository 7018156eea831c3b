{ pkgs }:
let
  site = pkgs.stdenv.mkDerivation {
    name = "site";
    src = ./.;
    buildPhase = "make";
    installPhase = ''
      mkdir -p $out/var/www
      cp -r _site/. $out/var/www/
    '';
  };
in
pkgs.dockerTools.buildImage {
  name = "site";
  copyToRoot = pkgs.buildEnv {
    name = "root";
    paths = [ pkgs.nginx site pkgs.dockerTools.fakeNss ];
    pathsToLink = [ "/bin" "/var" "/etc" ];
  };
  config.Cmd = [ "nginx" "-g" "daemon off;" ];
}
