# nixdock for Nix without flakes:
#   nix-build                     builds the command into ./result
#   nix-build -A image            builds the script that streams the image (Linux)
#   nix-env -f . -i               installs the command
# The flake supplies the commit as the version; here it is "dev".
{ pkgs ? import <nixpkgs> { }
, system ? pkgs.stdenv.hostPlatform.system
}:
let
  flake = (import ./flake.nix).outputs {
    self = {
      outPath = builtins.path {
        path = ./.;
        name = "source";
        filter = path: _: !(builtins.elem (baseNameOf path) [ ".git" "result" ]);
      };
    };
    nixpkgs = {
      inherit (pkgs) lib;
      legacyPackages.${system} = pkgs;
    };
  };
  packages = flake.packages.${system};
in
packages.default // builtins.removeAttrs packages [ "default" "nixdock" ]
