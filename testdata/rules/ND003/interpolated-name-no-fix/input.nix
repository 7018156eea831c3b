{ dockerTools, coreutils, myapp, binName ? "myapp" }:
dockerTools.buildLayeredImage {
  name = "cli";
  contents = [ coreutils myapp ];
  config.Cmd = [ "/bin/${binName}" ];
}
