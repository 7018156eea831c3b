{ dockerTools, hello }:
dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${hello}/bin/hello" ];
  copyToRoot = [ dockerTools.caCertificates ];
}
