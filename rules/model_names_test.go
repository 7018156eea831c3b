package rules

import (
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// How the ND001 fix names cacert where pkgs is not bound: through a let
// name bound to a package set, the set the image function is selected
// from, or the set a with opens; never through a name that means
// something else at the place of the edit. (import <nixpkgs> cannot be
// evaluated by the golden harness, so these are checked here.)
func TestPkgSetRefAt(t *testing.T) {
	cases := []struct{ src, want string }{
		{`{ dockerTools }: let nixpkgs = import <nixpkgs> { }; in dockerTools.buildImage { name = "a"; }`, "nixpkgs.cacert"},
		{`{ dockerTools, src }: let np = import (builtins.fetchTarball "https://github.com/NixOS/nixpkgs/archive/x.tar.gz") { }; in dockerTools.buildImage { name = "a"; }`, "np.cacert"},
		{`{ inputs, dockerTools }: let p = import inputs.nixpkgs { system = "x"; }; in dockerTools.buildImage { name = "a"; }`, "p.cacert"},
		{`{ dockerTools }: let other = import ./other.nix { }; in dockerTools.buildImage { name = "a"; }`, ""},
		{`{ nixpkgs, system }: nixpkgs.legacyPackages.${system}.dockerTools.buildImage { name = "a"; }`, "nixpkgs.legacyPackages.${system}.cacert"},
		{`{ pkgsLinux }: pkgsLinux.dockerTools.buildImage { name = "a"; }`, "pkgsLinux.cacert"},
		// The image's own set is shadowed where the edit goes.
		{`{ pkgsLinux }: pkgsLinux.dockerTools.buildImage (let pkgsLinux = null; in { name = "a"; })`, ""},
		{`{ nixpkgs }: with nixpkgs.legacyPackages.x86_64-linux; dockerTools.buildImage { name = "a"; }`, "nixpkgs.legacyPackages.x86_64-linux.cacert"},
		{`{ dockerTools }: dockerTools.buildImage { name = "a"; }`, ""},
	}
	for _, c := range cases {
		f, err := parser.ParseFile("t.nix", []byte(c.src), 0)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		m := newModel(f, scope.Resolve(f))
		if len(m.images) != 1 {
			t.Fatalf("%s: %d images", c.src, len(m.images))
		}
		img := m.images[0]
		t0, ok := insertTarget(img.args)
		if !ok {
			t.Fatalf("%s: no place to insert", c.src)
		}
		if got := m.pkgSetRefAt(img, t0.set.LBrace+1, "cacert"); got != c.want {
			t.Errorf("%s:\n got %q, want %q", c.src, got, c.want)
		}
	}
}
