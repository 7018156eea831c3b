{ self, ... }:
{
  perSystem = { self', pkgs, ... }: {
    haskellProjects.default = { };
    packages.dockerImage = pkgs.dockerTools.buildImage {
      name = "foo";
      config = {
        Cmd = [ "${pkgs.lib.getExe self'.packages.default}" ];
        Env = [
          "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
          "SYSTEM_CERTIFICATE_PATH=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt"
        ];
      };
    };
  };
}
