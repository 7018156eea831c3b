{ dockerTools }:
dockerTools.buildNixShellImage {
  drv = { name = "shell"; };
}
