{ pkgs }:
pkgs.dockerTools.buildLayeredImage {
  name = "app";
  contents = [
    (pkgs.buildEnv {
      name = "root";
      paths = [
        pkgs.redis
        (pkgs.writeTextFile {
          name = "redis-conf";
          destination = "/conf/redis.conf";
          text = "port 6379";
        })
        (pkgs.writeTextDir "share/motd" "hello")
      ];
    })
  ];
}
