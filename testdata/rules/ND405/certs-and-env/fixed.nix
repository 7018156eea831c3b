{ dockerTools, buildEnv, curl, cacert, tzdata }:
dockerTools.buildImage {
  name = "curl";
  copyToRoot = buildEnv {
    name = "curl-root";
    paths = [ curl cacert tzdata dockerTools.usrBinEnv ];
    pathsToLink = [ "/bin" "/etc" "/share/zoneinfo" "/usr" ];
  };
}
