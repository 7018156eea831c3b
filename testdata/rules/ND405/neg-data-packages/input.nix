{ dockerTools, iana-etc, cacert, tzdata }:
# Data packages hold no reference to their own store path, so copying them
# does not pull them into the closure a second time.
dockerTools.buildImage {
  name = "env";
  contents = [ iana-etc cacert tzdata ];
}
