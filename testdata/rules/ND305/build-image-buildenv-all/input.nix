{ dockerTools, buildEnv, fakeNss, hello }:
let
  setup = ''
    ${dockerTools.shadowSetup}
    useradd -r app
  '';
in
dockerTools.buildImage {
  name = "app";
  copyToRoot = buildEnv {
    name = "root";
    paths = [ hello (fakeNss.override { extraPasswdLines = [ ]; }) ];
    pathsToLink = [ "/bin" "/etc" ];
  };
  runAsRoot = setup;
}
