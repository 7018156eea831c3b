{ pkgs, self }:
let
  # A tools layer that only the service image below is built on.
  tools = pkgs.dockerTools.buildImage {
    name = "tools";
    created = "2024-01-01T00:00:00Z";
    copyToRoot = pkgs.buildEnv { name = "tools-root"; paths = [ pkgs.coreutils ]; pathsToLink = [ "/bin" ]; };
  };
in
pkgs.dockerTools.buildLayeredImage {
  name = "service";
  tag = builtins.substring 0 9 (self.rev or "dev");
  created = "2024-01-01T00:00:00Z";
  fromImage = tools;
  contents = [ pkgs.hello ];
  config.Cmd = [ "/bin/hello" ];
  # Reading the base's name does not make it an output.
  config.Labels."org.example.base" = tools.imageName or "tools";
}
