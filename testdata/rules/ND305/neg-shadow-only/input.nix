{ dockerTools, hello }:
dockerTools.buildImage {
  name = "shadow-basic";
  copyToRoot = [ hello ];
  runAsRoot = ''
    ${dockerTools.shadowSetup}
    groupadd -r hello
    useradd -r -g hello hello
  '';
}
