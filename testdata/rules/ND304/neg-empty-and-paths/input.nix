{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config.Env = [
    "REDIS_PASSWORD="
    "SECRET_KEY=/run/secrets/key"
    "API_TOKEN=$API_TOKEN_FROM_RUNTIME"
    "REQUIRE_TOKEN=true"
  ];
}
