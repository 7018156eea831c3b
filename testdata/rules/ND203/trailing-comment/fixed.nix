{ dockerTools, hello }:
dockerTools.buildLayeredImageWithNixDb {
  name = "app";
  tag = "1.0";
  # keep the files' dates current
  # see the changelog
  contents = [ hello ];
}
