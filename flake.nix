{
  description = "nixdock: a linter and auto-fixer for Nix expressions that build container images with dockerTools";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs = { self, nixpkgs }:
    let
      # Go builds nixdock for every system below; the image is Linux only.
      linuxSystems = [ "x86_64-linux" "aarch64-linux" "armv7l-linux" "riscv64-linux" ];
      darwinSystems = [ "x86_64-darwin" "aarch64-darwin" ];
      forSystems = systems: f: nixpkgs.lib.genAttrs systems (system: f system nixpkgs.legacyPackages.${system});
      forAllSystems = forSystems (linuxSystems ++ darwinSystems);

      # The short commit, with -dirty for a tree with uncommitted changes.
      version = self.shortRev or self.dirtyShortRev or "dev";
      revision = self.rev or self.dirtyRev or "";

      # The NAR hash of `go mod vendor`; a test checks it against go.mod and go.sum.
      vendorHash = "sha256-ppomMLu3AvqMjXBqZc7K6xWAXcynefmuTLw1FqK7Zis=";

      # The commit time, which self gives as %Y%m%d%H%M%S, in ISO 8601: the
      # image is then dated by its source and stays reproducible.
      created =
        let d = self.lastModifiedDate or "19700101000001";
        in "${builtins.substring 0 4 d}-${builtins.substring 4 2 d}-${builtins.substring 6 2 d}T${builtins.substring 8 2 d}:${builtins.substring 10 2 d}:${builtins.substring 12 2 d}Z";

      nixdockFor = pkgs: pkgs.buildGoModule {
        pname = "nixdock";
        inherit version vendorHash;
        src = self;
        subPackages = [ "cmd/nixdock" ];
        ldflags = [ "-s" "-w" "-X main.linkVersion=${version}" "-X main.linkRevision=${revision}" ];
        env.CGO_ENABLED = "0";
        # The tests compare nixdock with nix-instantiate, which the build
        # sandbox lacks; CI runs them (.ci/run).
        doCheck = false;
        meta = {
          description = "Linter and auto-fixer for Nix expressions that build container images with dockerTools";
          homepage = "https://github.com/nixdock/nixdock";
          mainProgram = "nixdock";
        };
      };

      imageFor = pkgs: nixdock: pkgs.dockerTools.streamLayeredImage {
        name = "nixdock";
        tag = version;
        inherit created;
        # fakeNss gives the numeric user below a name (nobody).
        contents = [ pkgs.dockerTools.caCertificates pkgs.dockerTools.fakeNss ];
        config = {
          Entrypoint = [ "${nixdock}/bin/nixdock" ];
          WorkingDir = "/src";
          User = "65534:65534";
          Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
        };
      };
    in
    {
      packages = forAllSystems (system: pkgs:
        let nixdock = nixdockFor pkgs;
        in { default = nixdock; inherit nixdock; }
          // (if builtins.elem system linuxSystems then { image = imageFor pkgs nixdock; } else { }));

      apps = forAllSystems (_: pkgs: {
        default = {
          type = "app";
          program = "${nixdockFor pkgs}/bin/nixdock";
          meta.description = "Lint Nix files that build container images";
        };
      });

      overlays.default = final: _: { nixdock = nixdockFor final; };

      devShells = forAllSystems (_: pkgs: {
        default = pkgs.mkShell { packages = [ pkgs.go pkgs.golangci-lint pkgs.nix ]; };
      });

      checks = forAllSystems (_: pkgs: {
        lint = pkgs.runCommand "nixdock-lint" { nativeBuildInputs = [ (nixdockFor pkgs) ]; } ''
          # nixdock.toml keeps out the examples and test cases, which show
          # findings on purpose.
          cd ${self}
          nixdock lint --select ALL --format concise .
          touch $out
        '';
      });
    };
}
