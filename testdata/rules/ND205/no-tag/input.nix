{ pkgs }:
pkgs.dockerTools.pullImage {
  imageName = "alpine";
  imageDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  sha256 = "0m0rw2md4clcd2crfbbcz958gyipwgcq47k5kkzllgwcrszp0kzi";
}
