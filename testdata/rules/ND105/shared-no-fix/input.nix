{ pkgs }:
let
  pname = "Hello";
in
pkgs.dockerTools.buildImage {
  name = pname;
  tag = "1.0";
  copyToRoot = [ (pkgs.writeShellScriptBin pname "echo hi") ];
}
