package config

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nixdock/nixdock/rules"
)

func TestParseGood(t *testing.T) {
	c, err := Parse("nixdock.toml", []byte(`
select = ["ND001", "created-unset"]
ignore = ["ND003"]
exclude = ["vendor/**", "gen/"]
fail-on = "warning"

[rules.ND002]
severity = "error"
created = "commit-date"

[rules.missing-ssl-cert-env]
severity = "info"
`))
	if err != nil {
		t.Fatal(err)
	}
	if !c.HasFail || c.FailOn != rules.Warning {
		t.Errorf("fail-on: %v (set %v), want warning", c.FailOn, c.HasFail)
	}
	if strings.Join(c.Rules.Select, ",") != "ND001,created-unset" || strings.Join(c.Rules.Ignore, ",") != "ND003" {
		t.Errorf("select %v, ignore %v", c.Rules.Select, c.Rules.Ignore)
	}
	if c.Rules.Severity["ND002"] != rules.Error || c.Rules.Severity["ND001"] != rules.Info {
		t.Errorf("severities: %v (rules named by code or name, keyed by code)", c.Rules.Severity)
	}
	if c.Rules.Options["ND002"]["created"] != "commit-date" {
		t.Errorf("options: %v", c.Rules.Options)
	}
}

// Every mistake names the file, the line and column of the key, and what
// is wrong.
func TestParseErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"selct = [\"ND001\"]\n", `cfg.toml:1:1: unknown key "selct"`},
		{"\n\nselect = [\"ND999\"]\n", `cfg.toml:3:11: select: unknown selector "ND999"`},
		{"ignore = [\"nope\"]\n", `cfg.toml:1:11: ignore: unknown selector "nope"`},
		{"select = [\"ND00\"]\nextend-select = [\n  \"ND001\",\n  'ND6',\n]\n", `cfg.toml:4:3: extend-select: unknown selector "ND6"`},
		{"ignore = [\"N\"]\n", `cfg.toml:1:11: ignore: unknown selector "N"`},
		{"select = [\"ALL\", \"nd2x\"]\n", `cfg.toml:1:18: select: unknown selector "nd2x"`},
		{"fail-on = \"fatal\"\n", `cfg.toml:1:1: fail-on: unknown severity "fatal"`},
		{"exclude = [\"a[\"]\n", `cfg.toml:1:1: exclude: bad glob "a["`},
		{"[rules.ND042]\nseverity = \"error\"\n", `cfg.toml:1:8: rules: unknown rule "ND042"`},
		{"[rules.ND002]\nseverity = \"loud\"\n", `cfg.toml:2:1: rules.ND002.severity: unknown severity "loud"`},
		{"[rules.ND002]\ncreated = 3\n", `cfg.toml:2:1: rules.ND002.created: want a string`},
		{"[rules.ND002]\ncreated = \"yesterday\"\n", `cfg.toml:2:1:`},
		{"[rules.ND002]\nfrobnicate = \"x\"\n", `cfg.toml:2:1:`},
		{"select = [\n", `cfg.toml:`},
		{"select = \"ND001\"\n", `cfg.toml:1:`},
	}
	for _, c := range cases {
		_, err := Parse("cfg.toml", []byte(c.src))
		if err == nil {
			t.Errorf("%q: no error, want %s", c.src, c.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: error %q, want one line starting %q", c.src, err, c.want)
		}
	}
}

func TestFindStopsAtRepositoryRoot(t *testing.T) {
	root := t.TempDir()
	mk := func(p string) string {
		p = filepath.Join(root, p)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write := func(p, s string) {
		if err := os.WriteFile(filepath.Join(root, p), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mk("outer/repo/.git")
	mk("outer/repo/a/b")
	mk("outer/repo/c")
	mk("outer/repo/sub/.git") // a repository inside the repository
	mk("outer/repo/sub/x")
	write("outer/nixdock.toml", "") // above the repository: never used
	write("outer/repo/.nixdock.toml", "")
	write("outer/repo/c/nixdock.toml", "")
	write("outer/repo/c/.nixdock.toml", "") // nixdock.toml wins in one directory
	for dir, want := range map[string]string{
		"outer/repo/a/b":   "outer/repo/.nixdock.toml",
		"outer/repo":       "outer/repo/.nixdock.toml",
		"outer/repo/c":     "outer/repo/c/nixdock.toml",
		"outer/repo/sub/x": "",
		"outer/repo/sub":   "",
	} {
		if want != "" {
			want = filepath.Join(root, want)
		}
		got, err := Find(filepath.Join(root, dir))
		if err != nil || got != want {
			t.Errorf("Find(%s) = %q, %v; want %s", dir, got, err, want)
		}
	}
	var finder Finder
	if got := finder.Find(filepath.Join(root, "outer/repo/a/b")); got != filepath.Join(root, "outer/repo/.nixdock.toml") {
		t.Errorf("Finder.Find(a/b) = %q", got)
	}
	if err := os.Remove(filepath.Join(root, "outer/repo/.nixdock.toml")); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(filepath.Join(root, "outer/repo/a")); got != "" {
		t.Errorf("Find went past the repository root to %s", got)
	}
	// The finder answered for every directory from a/b up to the config at
	// once, and does not look again.
	if got := finder.Find(filepath.Join(root, "outer/repo/a")); got != filepath.Join(root, "outer/repo/.nixdock.toml") {
		t.Errorf("Finder.Find(a) = %q, want the answer remembered from a/b", got)
	}
	// Callers asking at once, about directories that share parents, all
	// get the answer.
	var shared Finder
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			dir, want := "outer/repo/c", filepath.Join(root, "outer/repo/c/nixdock.toml")
			if i%2 == 0 {
				dir, want = "outer/repo/a/b", "" // the repository's config is gone
			}
			if got := shared.Find(filepath.Join(root, dir)); got != want {
				t.Errorf("Finder.Find(%s) from several goroutines = %q, want %s", dir, got, want)
			}
		})
	}
	wg.Wait()
	if p := configIn(filepath.Join(root, "outer/repo")); p != "" || !isRepoRoot(filepath.Join(root, "outer/repo")) {
		t.Errorf("repo root: config %q, repository root %v; want no config and the root", p, isRepoRoot(filepath.Join(root, "outer/repo")))
	}
}

func TestExcluded(t *testing.T) {
	dir := t.TempDir()
	c := &Config{Dir: dir, Exclude: []string{"vendor/**", "gen/", "*.generated.nix"}}
	for p, want := range map[string]bool{
		"vendor/a/b.nix":      true,
		"gen/x.nix":           true,
		"gen/deep/x.nix":      true,
		"x.generated.nix":     true,
		"sub/x.generated.nix": false, // * does not cross directories
		"src/default.nix":     false,
		"generated.nix":       false,
	} {
		if got := c.Excluded(filepath.Join(dir, p)); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", p, got, want)
		}
	}
	if c.Excluded(filepath.Join(filepath.Dir(dir), "vendor", "x.nix")) {
		t.Error("a file outside the config's directory is excluded")
	}
	var none *Config
	if none.Excluded("x.nix") {
		t.Error("nil config excludes")
	}
}
