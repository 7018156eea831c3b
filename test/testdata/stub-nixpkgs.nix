# A stand-in for the nixpkgs flake input that builds nothing. Each builder
# returns a derivation-like set (so that it can be interpolated) carrying
# the builder's name and the arguments it was called with, for the tests to
# read back.
let
  drv = name: {
    type = "derivation";
    inherit name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
  };
  called = builder: name: args: drv name // { inherit builder args; };

  lib = {
    genAttrs = names: f: builtins.listToAttrs (map (name: { inherit name; value = f name; }) names);
  };

  pkgsFor = system: {
    inherit lib;
    stdenv.hostPlatform.system = system;
    buildGoModule = args: called "buildGoModule" "${args.pname}-${args.version}" args;
    runCommand = name: env: script: called "runCommand" name { inherit name env script; };
    mkShell = args: called "mkShell" "shell" args;
    dockerTools = {
      streamLayeredImage = args: called "streamLayeredImage" "stream-${args.name}" args;
      caCertificates = drv "ca-certificates";
      fakeNss = drv "fake-nss";
    };
    cacert = drv "cacert";
    go = drv "go";
    golangci-lint = drv "golangci-lint";
    nix = drv "nix";
  };

  # nixpkgs' lib.systems.flakeExposed.
  systems = [
    "x86_64-linux" "aarch64-linux" "x86_64-darwin" "armv6l-linux" "armv7l-linux"
    "i686-linux" "aarch64-darwin" "powerpc64le-linux" "riscv64-linux" "x86_64-freebsd"
  ];
in
{
  inherit lib;
  legacyPackages = lib.genAttrs systems pkgsFor;
}
