{ dockerTools, buildEnv, hello }:
dockerTools.buildImage { name = "hello"; copyToRoot = [ hello ]; }
