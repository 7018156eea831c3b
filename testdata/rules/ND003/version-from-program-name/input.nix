{ dockerTools, buildEnv, coreutils, webserver }:
dockerTools.buildImage {
  name = "web";
  copyToRoot = buildEnv {
    name = "root";
    paths = [ coreutils webserver ];
    pathsToLink = [ "/bin" ];
  };
  config.Cmd = [ "/bin/webserver" "-c" "/etc/web.conf" ];
}
