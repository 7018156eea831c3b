{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  config.Env = [
    "POSTGRES_PASSWORD_FILE=/run/secrets/db"
    "TOKEN_URL=https://auth.example.com/token"
    "SECRET_NAME=app-secrets"
    "PASSWORD_MIN_LENGTH=12"
    "CLIENT_SECRET_PATH=secrets/client"
  ];
}
