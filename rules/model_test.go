package rules

import (
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// The quick source test must never rule out a file the model would find an
// image in: every image function must spell "Image", and escapes inside a
// quoted name must not hide it.
func TestMayBuildImageKeepsEveryImage(t *testing.T) {
	for name := range imageFuncs {
		if !strings.Contains(name, "Image") {
			t.Errorf("image function %s does not spell Image; mayBuildImage would miss it", name)
		}
	}
	found := []string{
		`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; }`,
		`{ pkgs }: pkgs.dockerTools."buildLayeredImage" { name = "a"; }`,
		`{ pkgs }: pkgs.dockerTools."build\Im\age" { name = "a"; }`,
		`{ pkgs }: pkgs.dockerTools."stream\LayeredI\mag\e" { name = "a"; }`,
		`{ pkgs }: let inherit (pkgs.dockerTools) buildLayeredImageWithNixDb; in buildLayeredImageWithNixDb { name = "a"; }`,
		`{ pkgs }: with pkgs.dockerTools; buildImage { name = "a"; }`,
	}
	for _, src := range found {
		f, err := parser.ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		info := scope.Resolve(f)
		if !mayBuildImage(f.Src) {
			t.Errorf("mayBuildImage rules out %s", src)
		}
		m := newModel(f, info)
		if len(m.images) != 1 {
			t.Errorf("%s: model finds %d images, want 1", src, len(m.images))
		}
		if got := FindImages(f, info); len(got) != 1 {
			t.Errorf("%s: FindImages finds %d images, want 1", src, len(got))
		}
	}
	for _, src := range []string{
		`{ pkgs }: pkgs.hello`,
		`{ x }: x.Imag`,
		`"Imag e"`,
		``,
		`I`,
	} {
		if mayBuildImage([]byte(src)) {
			t.Errorf("mayBuildImage keeps %q, which cannot build an image", src)
		}
	}
}
