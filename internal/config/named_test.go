package config

import (
	"path/filepath"
	"testing"
)

func TestExcludedBelow(t *testing.T) {
	dir := t.TempDir()
	c := &Config{Dir: dir, Exclude: []string{"vendor/**", "gen/", "*.generated.nix", "examples", "**/testdata"}}
	files := []string{
		"vendor/a/b.nix", "gen/x.nix", "gen/deep/x.nix", "x.generated.nix", "sub/x.generated.nix",
		"src/default.nix", "generated.nix", "examples/flake.nix", "examples/deep/a.nix",
		"parser/testdata/image.nix", "testdata/a/b.nix", "flake.nix",
	}
	// Walking the config's directory (or above it), every glob counts:
	// the same answers as Excluded.
	for _, root := range []string{dir, filepath.Dir(dir)} {
		for _, f := range files {
			p := filepath.Join(dir, f)
			if got, want := c.ExcludedBelow(p, root), c.Excluded(p); got != want {
				t.Errorf("ExcludedBelow(%s, %s) = %v, Excluded = %v", f, root, got, want)
			}
		}
	}
	// Walking an excluded directory lints it; excludes below it still hold.
	for _, tc := range []struct {
		file, root string
		want       bool
	}{
		{"examples/flake.nix", "examples", false},
		{"examples/deep/a.nix", "examples", false},
		{"examples/deep/a.nix", "examples/deep", false},
		{"examples/x.generated.nix", "examples", false}, // *.generated.nix is relative to the config's directory
		{"examples/testdata/a.nix", "examples", true},   // **/testdata lies below the named directory
		{"gen/deep/x.nix", "gen", false},
		{"vendor/a/b.nix", "vendor", true}, // vendor/** matches the file itself
		{"vendor/a/b.nix", "vendor/a", true},
		{"testdata/a/b.nix", "testdata/a", false},
		{"parser/testdata/image.nix", "parser", true},
		{"parser/testdata/image.nix", "parser/testdata", false},
		{"x.generated.nix", ".", true},
	} {
		p, root := filepath.Join(dir, tc.file), filepath.Join(dir, tc.root)
		if got := c.ExcludedBelow(p, root); got != tc.want {
			t.Errorf("ExcludedBelow(%s, %s) = %v, want %v", tc.file, tc.root, got, tc.want)
		}
	}
	if c.ExcludedBelow(filepath.Join(filepath.Dir(dir), "vendor", "x.nix"), filepath.Dir(dir)) {
		t.Error("a file outside the config's directory is excluded")
	}
	var none *Config
	if none.ExcludedBelow("x.nix", ".") {
		t.Error("nil config excludes")
	}
}
