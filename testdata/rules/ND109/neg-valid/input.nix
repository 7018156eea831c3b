{ pkgs, lib, port ? 8080 }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1";
  config = {
    ExposedPorts = { "80/tcp" = { }; "53/udp" = { }; "9000" = { }; "${toString port}/tcp" = { }; };
    Volumes = { "/data" = { }; };
    Labels = { a = "1"; b = toString 2; c = "${pkgs.hello}"; d = lib.getExe pkgs.hello; };
  };
}
