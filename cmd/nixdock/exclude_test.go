package main

import (
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestNamedExcludedDirectory: a directory that an exclude glob names is
// skipped when a walk from above finds it, and linted when named itself,
// as an excluded file is when named; globs below the named directory, and
// globs that match the files themselves, still apply.
func TestNamedExcludedDirectory(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD":                   "",
		"nixdock.toml":                "exclude = [\"examples\", \"**/testdata\", \"**/*.gen.nix\"]\n",
		"ok.nix":                      bad,
		"x.gen.nix":                   bad,
		"examples/a.nix":              bad,
		"examples/deep/b.nix":         bad,
		"examples/testdata/c.nix":     bad,
		"sub/d.nix":                   bad,
		"sub/testdata/e.nix":          bad,
		"sub/testdata/more/f.gen.nix": bad,
	})
	linted := func(wd string, args ...string) []string {
		t.Helper()
		r := nixdock(t, wd, "", append([]string{"lint", "--format", "concise", "--select", "ND003"}, args...)...)
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			if l != "" {
				got = append(got, filepath.ToSlash(strings.SplitN(l, ":", 2)[0]))
			}
		}
		sort.Strings(got)
		return got
	}
	for _, tc := range []struct {
		wd   string
		args []string
		want []string
	}{
		{"", nil, []string{"ok.nix", "sub/d.nix"}},
		{"", []string{"."}, []string{"ok.nix", "sub/d.nix"}},
		{"", []string{"examples"}, []string{"examples/a.nix", "examples/deep/b.nix"}},
		{"", []string{"examples/"}, []string{"examples/a.nix", "examples/deep/b.nix"}},
		{"", []string{"./examples/deep"}, []string{"examples/deep/b.nix"}},
		{"", []string{"examples/testdata"}, []string{"examples/testdata/c.nix"}},
		{"", []string{"sub"}, []string{"sub/d.nix"}},
		{"", []string{"sub/testdata"}, []string{"sub/testdata/e.nix"}},
		{"", []string{"x.gen.nix", "sub/testdata/more"}, []string{"x.gen.nix"}},
		{"examples", nil, []string{"a.nix", "deep/b.nix"}},
		{"examples", []string{"."}, []string{"a.nix", "deep/b.nix"}},
		{"sub", []string{".."}, []string{"../ok.nix", "../sub/d.nix"}},
	} {
		wd := filepath.Join(dir, tc.wd)
		if got := linted(wd, tc.args...); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("in %q, lint %q: linted %q, want %q", tc.wd, tc.args, got, tc.want)
		}
	}
	// Absolute paths behave alike.
	if got := linted("", filepath.Join(dir, "examples")); len(got) != 2 || !strings.HasSuffix(got[0], "/examples/a.nix") {
		t.Errorf("absolute examples: %q", got)
	}
	if got := linted("", dir); len(got) != 2 || !strings.HasSuffix(got[0], "/ok.nix") {
		t.Errorf("absolute root: %q", got)
	}
}
