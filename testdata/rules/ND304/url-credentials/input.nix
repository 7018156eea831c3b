{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config = {
    Env = [
      "DATABASE_URL=postgres://app:s3cret@db:5432/app"
      "SENTRY_DSN=https://public:private@sentry.example.com/1"
      "HOMEPAGE_URL=https://example.com/"
      "MIRROR_URL=https://user@mirror.example.com/"
    ];
  };
}
