{ dockerTools }:
dockerTools.buildNixShellImage {
  drv = { name = "shell"; };
  created = "now";
}
