{ dockerTools, bashInteractive, coreutils, base ? [ ], rootfs }:
# A function argument that is the whole copyToRoot may be a list of
# packages, a buildEnv or anything else (cardano-wallet passes base ? [ ]);
# a formal with a default is not a package callPackage fills in.
{
  env = dockerTools.buildImage {
    name = "env";
    contents = base;
  };
  root = dockerTools.buildImage {
    name = "root";
    copyToRoot = rootfs;
  };
  listed = dockerTools.buildImage {
    name = "listed";
    copyToRoot = [ base ];
  };
}
