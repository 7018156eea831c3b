{ pkgs }:
let
  users = pkgs.writeShellScript "users" "useradd -r app";
in
pkgs.dockerTools.buildImage {
  name = "app";
  copyToRoot = [ pkgs.hello ];
  runAsRoot = ''
    ${users}
  '';
  config.User = "app";
}
