{ dockerTools, buildEnv, hello, fakeNss }:
dockerTools.buildImage {
  name = "app";
  copyToRoot = buildEnv {
    name = "root";
    paths = [
      hello
      (fakeNss.override { extraPasswdLines = [ "app:x:1000:1000::/var/empty:/bin/sh" ]; })
    ];
    pathsToLink = [ "/bin" "/etc" ];
  };
  config.User = "app";
}
