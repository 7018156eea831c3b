{ dockerTools }:
dockerTools.buildImage {
  name = "env-helpers";
  copyToRoot = with dockerTools; [ usrBinEnv binSh caCertificates fakeNss ];
}
