{ pkgs }:
let
  shell = pkgs.dockerTools.buildImage {
    name = "shell";
    copyToRoot = pkgs.buildEnv { name = "shell-root"; paths = [ pkgs.bash ]; pathsToLink = [ "/bin" ]; };
  };
in
pkgs.dockerTools.buildImage {
  name = "fetcher";
  fromImage = shell;
  copyToRoot = pkgs.buildEnv { name = "fetcher-root"; paths = [ pkgs.curl pkgs.cacert ]; pathsToLink = [ "/bin" "/etc" ]; };
  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
}
