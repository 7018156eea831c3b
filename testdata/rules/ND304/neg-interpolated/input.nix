{ pkgs, secrets }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config.Env = [
    "API_TOKEN=${secrets.apiToken}"
    "DATABASE_URL=postgres://app:${secrets.dbPassword}@db/app"
    "${"PASS" + "WORD"}=x"
  ];
}
