{ dockerTools, buildEnv, hello }:
dockerTools.buildImage { name = "hello"; copyToRoot = buildEnv { name = "hello-root"; paths = [ hello ]; pathsToLink = [ "/bin" ]; }; }
