{ dockerTools, buildEnv, curl, cacert, tzdata }:
dockerTools.buildImage {
  name = "curl";
  copyToRoot = [ curl cacert tzdata dockerTools.usrBinEnv ];
}
