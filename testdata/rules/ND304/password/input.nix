{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [ pkgs.hello ];
  config.Env = [
    "PORT=8080"
    "POSTGRES_PASSWORD=hunter2"
    "GITHUB_TOKEN=ghp_0000000000000000000000000000000000"
    "STRIPE_API_KEY=sk_test_0000"
  ];
}
