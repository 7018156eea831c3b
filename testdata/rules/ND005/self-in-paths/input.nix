{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "foo";
  copyToRoot = pkgs.buildEnv {
    paths = with pkgs; [
      coreutils
      bash
      self
    ];
    name = "foo-root";
  };
}
